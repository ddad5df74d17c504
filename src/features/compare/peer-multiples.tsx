import { Chart, smallMultiplesHeight, smallMultiplesOption } from '../../charts/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { useNarrow } from './use-narrow.ts';
import { usePointText } from './use-point-text.ts';
import { useYearGrid } from './use-year-grid.ts';
import { multiplesRows } from './year-grid.ts';


/** One small line chart per agency of the peer group over the years, on one shared scale. */
export function PeerMultiples({ filters, id }: { filters: Filters; id: IndicatorId }) {
  const { t, lang } = useDictionary(DICT);
  const narrow = useNarrow();
  const def = indicator(id);
  const isRate = def.unit === 'rate';
  const text = usePointText(def);
  const { rows, agencies, years } = useYearGrid(filters, id);
  if (agencies.length === 0) return <p className="empty">{t('empty')}</p>;
  const wide = multiplesRows(rows, agencies, years, isRate);
  const values = wide.flatMap((r) => Object.values(r).filter((v): v is number => typeof v === 'number'));
  const columns = narrow ? 2 : 5;
  const panelHeight = 120;
  const option = smallMultiplesOption(wide, {
    x: 'year',
    panels: agencies.map((a, i) => ({ key: `a${i}`, label: a.name })),
    columns,
    panelHeight,
    titleWidth: narrow ? 150 : 200,
    format: (v) => text.value(v),
    max: isRate ? 1 : Math.max(1, ...values),
  });
  const rateNote = isRate ? (lang === 'zh' ? `或分母少于 ${MIN_DENOMINATOR}` : ` or a denominator below ${MIN_DENOMINATOR}`) : '';
  const name = lang === 'zh' ? def.zh : def.en;
  return (
    <>
      <p className="note">{t('multiplesNote', { rateNote })}</p>
      <div data-testid="peer-multiples">
        <Chart option={option} height={smallMultiplesHeight(agencies.length, columns, panelHeight)} label={t('multiples', { name })} />
      </div>
    </>
  );
}
