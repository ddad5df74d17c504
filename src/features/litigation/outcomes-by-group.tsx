import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Chart, wideStackOption } from '../../charts/index.ts';
import { T4_GROUPS } from '../../domain/index.ts';
import { CardExport, rowsWhere } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { litigationOutcomesQuery, litigationOutcomesSql } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

const OUTCOMES = [
  { key: 'upheld', color: '#1f6fb2' },
  { key: 'corrected', color: '#b4232a' },
  { key: 'other', color: '#9ca3af' },
  { key: 'pending', color: '#d98c00' },
] as const;

/** One stacked chart per t4 group: upheld, corrected, other and pending cases per year, with the group total. */
export function OutcomesByGroup({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(litigationOutcomesQuery(db, filters));
  const groups = useMemo(
    () =>
      T4_GROUPS.map((g) => {
        const rows = data.filter((r) => r.group === g);
        const option = wideStackOption(
          rows.map((r) => ({ year: String(r.year), upheld: r.upheld, corrected: r.corrected, other: r.other, pending: r.pending })),
          {
            x: 'year',
            series: OUTCOMES.map((o) => ({ key: o.key, label: t(o.key), color: o.color })),
            yName: t('axis'),
            format: (v) => formatCount(v, lang),
          },
        );
        return {
          g,
          option,
          total: rows.reduce((s, r) => s + (r.total ?? 0), 0),
          missing: rows.reduce((s, r) => s + r.reportsWithoutFigure, 0),
        };
      }),
    [data, t, lang],
  );
  return (
    <div className="charts-3">
      {groups.map(({ g, option, total, missing }) => {
        return (
          <section key={g} aria-label={t(g)}>
            <div className="chart-head">
              <h3>
                {t(g)} <span className="figure" data-testid={`t4-total-${g}`}>{formatCount(total, lang)}</span>
              </h3>
              <CardExport
                inline
                title={`${t('outcomes')}：${t(g)}`}
                subject={t(g)}
                option={option}
                rows={rowsWhere(litigationOutcomesSql(filters), 'grp', g, ['year'])}
                filters={filters}
                indicators={[g === 'review' ? 'review_total' : 'litigation_total']}
                height={240}
              />
            </div>
            <Chart option={option} height={240} label={t(g)} />
            {missing > 0 ? <p className="note">{t('missing', { n: missing })}</p> : null}
          </section>
        );
      })}
    </div>
  );
}
