import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChartPoint } from '../../charts/index.ts';
import { Chart, funnelOption, rankingOption } from '../../charts/index.ts';
import { CardExport, everyAgencyBatch } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { funnelCurve, peerRankingQuery } from '../../queries/index.ts';
import { useConnector, useDictionary, useUrlParams } from '../../ui/index.ts';
import type { PlotKind } from './compare-params.ts';
import { DICT } from './dictionary.ts';
import { peerRowsSql } from './peer-rows.ts';
import { PeerTable } from './peer-table.tsx';
import { funnelPoints, rankedWindow } from './peer-points.ts';
import { usePointText } from './use-point-text.ts';

const RANKED_SHOWN = 15;

/** The peer group ranked on one indicator (dots with intervals, or a funnel), and the table behind it. */
export function PeerChart({ filters, id, plot }: { filters: Filters; id: IndicatorId; plot: PlotKind }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const def = indicator(id);
  const text = usePointText(def);
  const { data } = useSuspenseQuery(peerRankingQuery(db, filters, id));
  const [, setParams] = useUrlParams();
  // Built on export only: a province's peer group binds 10,000 rows of values (~40 ms a filter change).
  const rows = useCallback(() => peerRowsSql(data), [data]);
  if (data.points.length === 0) return <p className="empty">{t('empty')}</p>;
  const name = lang === 'zh' ? def.zh : def.en;
  const showFunnel = plot === 'funnel' && data.isRate && data.baseline !== null;
  const drawn = data.points.filter((p) => p.status === 'ranked' && p.value !== null);
  // A province's peer group has thousands: the chart shows the top and bottom RANKED_SHOWN, the table all.
  const shown = rankedWindow(data.points, text, RANKED_SHOWN);
  const ranked = shown.points;
  const pick = (p: ChartPoint) => {
    const agency = showFunnel ? drawn[p.dataIndex] : drawn[shown.indices[p.dataIndex] ?? -1];
    if (agency) setParams({ v: 'agency', agency: agency.agencyId });
  };
  const maxN = Math.max(MIN_DENOMINATOR, ...data.points.map((p) => (p.status === 'ranked' ? (p.denominator ?? 0) : 0)));
  const option = showFunnel
    ? funnelOption(funnelPoints(data.points, text), {
        baseline: data.baseline ?? 0,
        limits: funnelCurve(data.baseline ?? 0, maxN * 1.05),
        xName: `${t('denominator')}（${(lang === 'zh' ? def.formulaZh : def.formulaEn).split('/').slice(1).join('/').trim()}）`,
        yName: name,
        baselineLabel: t('baseline'),
        limitLabel: t('limits'),
        format: (v) => text.value(v),
        formatCount: (v) => text.count(v),
      })
    : rankingOption(ranked, {
        isRate: data.isRate,
        baseline: data.baseline,
        baselineLabel: data.isRate ? t('baseline') : t('median'),
        xName: name,
        format: (v) => text.value(v),
      });
  const height = showFunnel ? 420 : Math.max(160, ranked.length * 26 + 70);
  const note = `${showFunnel
    ? t('funnelNote', { base: text.value(data.baseline), min: MIN_DENOMINATOR })
    : data.isRate
      ? t('rankingNote', { min: MIN_DENOMINATOR })
      : t('countNote')}${!showFunnel && shown.hidden > 0 ? ` ${t('windowNote', { n: RANKED_SHOWN, hidden: shown.hidden, all: drawn.length })}` : ''}`;
  return (
    <>
      <CardExport
        option={ranked.length > 0 ? option : undefined}
        rows={rows}
        filters={filters}
        indicators={[id]}
        subject={name}
        notes={[note]}
        height={height}
        batches={[everyAgencyBatch(db, filters, id, lang)]}
      />
      <p className="note">
        {note} {showFunnel ? null : t('pickHint')}
      </p>
      {ranked.length > 0 ? (
        <div className="pickable">
          <Chart option={option} height={height} label={`${name}：${note}`} onPick={pick} />
        </div>
      ) : null}
      <PeerTable ranking={data} def={def} />
    </>
  );
}
