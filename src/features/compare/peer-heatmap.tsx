import type { ChartPoint } from '../../charts/index.ts';
import { Chart, heatmapOption } from '../../charts/index.ts';
import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { formatCount, useDictionary, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { useNarrow } from './use-narrow.ts';
import { usePointText } from './use-point-text.ts';
import { useYearGrid } from './use-year-grid.ts';
import { GRID_SHOWN, heatCells } from './year-grid.ts';

/** Agency × year heatmap of one indicator; cells without a figure are hatched, never 0. */
export function PeerHeatmap({ filters, id }: { filters: Filters; id: IndicatorId }) {
  const { t, lang } = useDictionary(DICT);
  const narrow = useNarrow();
  const def = indicator(id);
  const isRate = def.unit === 'rate';
  const text = usePointText(def);
  // A province's peer group has thousands of agencies: GRID_SHOWN rows at a time, chosen by page or search.
  const { agencies, drawn, controls, rows, years, extent } = useYearGrid(filters, id, GRID_SHOWN);
  const [, setParams] = useUrlParams();
  if (agencies.length === 0) return <p className="empty">{t('empty')}</p>;
  const cells = heatCells(rows, drawn, years, isRate, {
    value: (v) => text.value(v),
    noReport: (agency, year) => t('noReport', { agency, year }),
    blank: (agency, year) => t('blank', { agency, year }),
    tooFew: (agency, year, den) => t('tooFew', { agency, year, den: formatCount(den, lang), min: MIN_DENOMINATOR }),
    shown: (agency, year, r) => `${year} · ${text.tip({ ...r, agencyId: r.agencyId ?? '', agencyName: agency, low: null, high: null, status: 'ranked', outlier: null })}`,
  });
  const option = heatmapOption(cells, {
    rows: drawn.map((a) => a.name),
    cols: years.map(String),
    min: extent.min,
    max: extent.max,
    format: (v) => text.value(v),
    blankLabel: t('missing'),
    compact: narrow,
  });
  const rateNote = isRate ? (lang === 'zh' ? `，或分母少于 ${MIN_DENOMINATOR}` : `, or a denominator below ${MIN_DENOMINATOR}`) : '';
  const name = lang === 'zh' ? def.zh : def.en;
  const height = drawn.length * 26 + 90;
  // ECharts numbers the cells with a figure (series 0) and those without (series 1) apart, each in grid order.
  const owners = [cells.flatMap((c, i) => (c.value === null ? [] : [i])), cells.flatMap((c, i) => (c.value === null ? [i] : []))];
  const pick = (p: ChartPoint) => {
    const cell = owners[p.seriesIndex]?.[p.dataIndex];
    const agency = cell === undefined ? undefined : drawn[Math.floor(cell / years.length)];
    if (agency) setParams({ v: 'agency', agency: agency.id });
  };
  return (
    <>
      <CardExport option={option} rows={indicatorRowsSql(filters, [id], 'agency_year', lang)} filters={filters} indicators={[id]} subject={name} height={height} />
      <p className="note">
        {t('heatmapNote', { rateNote })} {t('pickHint')} {agencies.length > GRID_SHOWN ? t('gridPaged', { all: agencies.length, size: GRID_SHOWN }) : null}
      </p>
      {controls}
      <div className="heatmap pickable" data-testid="peer-heatmap">
        <Chart option={option} height={height} label={t('heatmap', { name })} onPick={pick} />
      </div>
    </>
  );
}
