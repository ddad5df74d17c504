import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Chart, funnelOption } from '../../charts/index.ts';
import { CardExport } from '../../export/index.ts';
import { funnelLimits, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters, LitigationByAgencyRow } from '../../queries/index.ts';
import { funnelCurve, litigationByAgencyQuery, litigationByAgencySql } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { funnelTotals, funnelUnits, unitLabel } from './funnel-units.ts';

type Text = ReturnType<typeof useDictionary<keyof (typeof DICT)['zh']>>;

const NAMES_IN_TIP = 6;

/** The funnel's points and option, or null when no agency closed a case; agencies with equal counts share one mark. */
function funnelFigures(data: readonly LitigationByAgencyRow[], of: 'review' | 'suit', name: string, { t, lang }: Text) {
  const units = funnelUnits(data, of);
  if (units.length === 0) return null;
  const { k, n } = funnelTotals(units);
  const baseline = k / n;
  const maxN = units.reduce((m, u) => Math.max(m, u.n), 0);
  const sep = lang === 'zh' ? '、' : ', ';
  const points = units.map((u) => {
    const rate = u.k / u.n;
    const lim = funnelLimits(baseline, u.n);
    // Below MIN_DENOMINATOR the normal-approximation limits mean little: such agencies are drawn, never flagged.
    const flagged = u.n >= MIN_DENOMINATOR;
    const outlier = flagged && rate > lim.high ? ('high' as const) : flagged && rate < lim.low ? ('low' as const) : null;
    const label = unitLabel(u, (first, count) => t('funnelMore', { first, count, more: count - 1 }));
    const figures = { rate: formatRate(rate, lang), k: u.k, n: u.n };
    const names = u.names.slice(0, NAMES_IN_TIP).join(sep) + (u.names.length > NAMES_IN_TIP ? '…' : '');
    const note = u.names.length === 1 ? t('funnelPoint', { name: label, ...figures }) : t('funnelPointMany', { names, count: u.names.length, ...figures });
    return { label, n: u.n, value: rate, outlier, note };
  });
  const option = funnelOption(points, {
    baseline,
    limits: funnelCurve(baseline, maxN * 1.05),
    xName: t('closedAxis'),
    yName: name,
    baselineLabel: t('baseline'),
    limitLabel: t('limits'),
    format: (v) => formatRate(v, lang),
    formatCount: (v) => formatCount(v, lang),
  });
  return { k, n, option };
}

/** Agencies' review (or suit) correction rates against their closed cases, inside the selection's 95 % funnel. */
export function CorrectionFunnel({ filters, of }: { filters: Filters; of: 'review' | 'suit' }) {
  const db = useConnector();
  const text = useDictionary(DICT);
  const { t, lang } = text;
  const { data } = useSuspenseQuery(litigationByAgencyQuery(db, filters));
  const name = of === 'review' ? t('reviewRate') : t('suitRate');
  const figures = useMemo(() => funnelFigures(data, of, name, text), [data, of, name, text]);
  if (figures === null) return <p className="empty">{t('empty')}</p>;
  const { k, n, option } = figures;
  return (
    <section aria-label={name}>
      <div className="chart-head">
        <h3>{name}</h3>
        <CardExport
          inline
          title={t('funnelLabel', { name })}
          subject={name}
          option={option}
          rows={litigationByAgencySql(filters)}
          filters={filters}
          indicators={[of === 'review' ? 'review_correction_rate' : 'litigation_correction_rate']}
        />
      </div>
      <Chart option={option} height={260} label={t('funnelLabel', { name })} />
      <p className="note">{t('funnelNote', { k: formatCount(k, lang), n: formatCount(n, lang) })}</p>
    </section>
  );
}
