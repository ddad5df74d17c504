import { useSuspenseQuery } from '@tanstack/react-query';
import { Chart, lineOption } from '../../charts/index.ts';
import { CardExport } from '../../export/index.ts';
import type { DisclosureMeasureId } from '../../indicators/index.ts';
import { DISCLOSURE_MEASURES } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { disclosureByYearQuery } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { figureRowsSql, measureNotes } from './figure-rows.ts';
import { figuresWide } from './figures-wide.ts';

const COLORS = ['#1f6fb2', '#b4232a', '#d98c00', '#2e7d32'];

/** Lines of comparable t2 measures per year (decisions, or normative documents made/issued). */
export function MeasureLines(props: { filters: Filters; measures: readonly DisclosureMeasureId[]; axis: 'decisionsAxis' | 'normativeAxis'; label: 'decisions' | 'normative' }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(disclosureByYearQuery(db, props.filters));
  if (data.length === 0) return <p className="empty">{t('empty')}</p>;
  const name = (id: DisclosureMeasureId) => {
    const m = DISCLOSURE_MEASURES.find((x) => x.id === id);
    return (lang === 'zh' ? m?.zh : m?.en) ?? id;
  };
  const option = lineOption(figuresWide(data, props.measures), {
    x: 'year',
    series: props.measures.map((id, i) => ({ key: id, label: name(id), color: COLORS[i] })),
    yName: t(props.axis),
    format: (v) => formatCount(v, lang),
  });
  return (
    <>
      <CardExport option={option} rows={figureRowsSql(data, props.measures, lang)} filters={props.filters} notes={measureNotes(props.measures, lang)} />
      <Chart option={option} height={280} label={t(props.label)} />
    </>
  );
}
