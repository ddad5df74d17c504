import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Chart, wideStackOption } from '../../charts/index.ts';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { OUTCOME_ROWS, outcomeMixQuery, outcomeMixSql } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { OUTCOME_LABELS, outcomeLabel } from './outcome-rows.ts';
import { OutcomeTable } from './outcome-table.tsx';
import { outcomeWide } from './outcome-wide.ts';

/** Every outcome row of t3 stacked per year, then the same figures as a table. */
export function OutcomeMix({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(outcomeMixQuery(db, filters));
  const { present, wide, option } = useMemo(() => {
    const present = OUTCOME_ROWS.filter((k) => data.some((r) => r.rowKey === k));
    const wide = outcomeWide(data);
    const option = wideStackOption(wide, {
      x: 'year',
      series: OUTCOME_ROWS.map((k) => ({ key: k, label: outcomeLabel(k, lang), color: OUTCOME_LABELS[k]?.color })),
      yName: t('outcomesAxis'),
      format: (v) => formatCount(v, lang),
      shown: new Set(present),
    });
    return { present, wide, option };
  }, [data, t, lang]);
  return (
    <>
      <CardExport option={option} rows={outcomeMixSql(filters)} filters={filters} indicators={['processed_total']} height={380} />
      <Chart option={option} height={380} label={t('outcomes')} />
      <p className="note">{t('outcomesNote')}</p>
      <OutcomeTable rows={wide} keys={present} data={data} />
    </>
  );
}
