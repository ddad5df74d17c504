import { Chart, smallMultiplesHeight, smallMultiplesOption } from '../../charts/index.ts';
import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { useNarrow } from './use-narrow.ts';
import { usePointText } from './use-point-text.ts';
import { useYearGrid } from './use-year-grid.ts';
import { multiplesRows } from './year-grid.ts';

const MULTIPLES_SHOWN = 20;

/** One small line chart per agency of the peer group over the years, on one shared scale. */
export function PeerMultiples({ filters, id }: { filters: Filters; id: IndicatorId }) {
  const { t, lang } = useDictionary(DICT);
  const narrow = useNarrow();
  const def = indicator(id);
  const isRate = def.unit === 'rate';
  const text = usePointText(def);
  // Panels a page at a time: 40 small charts redraw slowly and a province has thousands.
  const { agencies, drawn, controls, rows, years, extent } = useYearGrid(filters, id, MULTIPLES_SHOWN);
  if (agencies.length === 0) return <p className="empty">{t('empty')}</p>;
  const wide = multiplesRows(rows, drawn, years, isRate);
  const columns = narrow ? 2 : 5;
  const panelHeight = 120;
  const option = smallMultiplesOption(wide, {
    x: 'year',
    panels: drawn.map((a, i) => ({ key: `a${i}`, label: a.name })),
    columns,
    panelHeight,
    titleWidth: narrow ? 150 : 200,
    format: (v) => text.value(v),
    // One scale for the whole group, so pages compare.
    max: extent.max,
  });
  const rateNote = isRate ? (lang === 'zh' ? `或分母少于 ${MIN_DENOMINATOR}` : ` or a denominator below ${MIN_DENOMINATOR}`) : '';
  const name = lang === 'zh' ? def.zh : def.en;
  const height = smallMultiplesHeight(drawn.length, columns, panelHeight);
  return (
    <>
      <CardExport option={option} rows={indicatorRowsSql(filters, [id], 'agency_year', lang)} filters={filters} indicators={[id]} subject={name} height={height} />
      <p className="note">
        {t('multiplesNote', { rateNote })} {agencies.length > MULTIPLES_SHOWN ? t('gridPaged', { all: agencies.length, size: MULTIPLES_SHOWN }) : null}
      </p>
      {controls}
      <div data-testid="peer-multiples">
        <Chart option={option} height={height} label={t('multiples', { name })} />
      </div>
    </>
  );
}
