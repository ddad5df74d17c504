import { Chart, heatmapOption } from '../../charts/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { formatCount, useDictionary, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { useNarrow } from './use-narrow.ts';
import { useRowPick } from './use-row-pick.ts';
import { usePointText } from './use-point-text.ts';
import { useYearGrid } from './use-year-grid.ts';
import { heatCells } from './year-grid.ts';

/** Agency × year heatmap of one indicator; cells without a figure are hatched, never 0. */
export function PeerHeatmap({ filters, id }: { filters: Filters; id: IndicatorId }) {
  const { t, lang } = useDictionary(DICT);
  const narrow = useNarrow();
  const def = indicator(id);
  const isRate = def.unit === 'rate';
  const text = usePointText(def);
  const { rows, agencies, years } = useYearGrid(filters, id);
  const [, setParams] = useUrlParams();
  const pick = useRowPick(agencies.length, (i) => {
    const a = agencies[i];
    if (a) setParams({ v: 'agency', agency: a.id });
  });
  if (agencies.length === 0) return <p className="empty">{t('empty')}</p>;
  const cells = heatCells(rows, agencies, years, isRate, {
    value: (v) => text.value(v),
    noReport: (agency, year) => t('noReport', { agency, year }),
    blank: (agency, year) => t('blank', { agency, year }),
    tooFew: (agency, year, den) => t('tooFew', { agency, year, den: formatCount(den, lang), min: MIN_DENOMINATOR }),
    shown: (agency, year, r) => `${year} · ${text.tip({ ...r, agencyId: r.agencyId ?? '', agencyName: agency, low: null, high: null, status: 'ranked', outlier: null })}`,
  });
  const values = cells.flatMap((c) => (c.value === null ? [] : [c.value]));
  const option = heatmapOption(cells, {
    rows: agencies.map((a) => a.name),
    cols: years.map(String),
    min: isRate ? 0 : Math.min(0, ...values),
    max: isRate ? 1 : Math.max(1, ...values),
    format: (v) => text.value(v),
    blankLabel: t('missing'),
    compact: narrow,
  });
  const rateNote = isRate ? (lang === 'zh' ? `，或分母少于 ${MIN_DENOMINATOR}` : `, or a denominator below ${MIN_DENOMINATOR}`) : '';
  const name = lang === 'zh' ? def.zh : def.en;
  return (
    <>
      <p className="note">
        {t('heatmapNote', { rateNote })} {t('pickHint')}
      </p>
      <div className="heatmap pickable" data-testid="peer-heatmap" ref={pick}>
        <Chart option={option} height={agencies.length * 26 + 90} label={t('heatmap', { name })} />
      </div>
    </>
  );
}
