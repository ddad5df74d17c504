import { useSuspenseQuery } from '@tanstack/react-query';
import { Chart, funnelOption, rankingOption } from '../../charts/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { funnelCurve, peerRankingQuery } from '../../queries/index.ts';
import { useConnector, useDictionary, useUrlParams } from '../../ui/index.ts';
import type { PlotKind } from './compare-params.ts';
import { DICT } from './dictionary.ts';
import { PeerTable } from './peer-table.tsx';
import { funnelPoints, rankingPoints } from './peer-points.ts';
import { usePointText } from './use-point-text.ts';
import { useRowPick } from './use-row-pick.ts';

/** The peer group ranked on one indicator (dots with intervals, or a funnel), and the table behind it. */
export function PeerChart({ filters, id, plot }: { filters: Filters; id: IndicatorId; plot: PlotKind }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const def = indicator(id);
  const text = usePointText(def);
  const { data } = useSuspenseQuery(peerRankingQuery(db, filters, id));
  const [, setParams] = useUrlParams();
  const drawn = data.points.filter((p) => p.status === 'ranked' && p.value !== null);
  const pick = useRowPick(drawn.length, (i) => {
    const p = drawn[i];
    if (p && plot !== 'funnel') setParams({ v: 'agency', agency: p.agencyId });
  });
  if (data.points.length === 0) return <p className="empty">{t('empty')}</p>;
  const name = lang === 'zh' ? def.zh : def.en;
  const showFunnel = plot === 'funnel' && data.isRate && data.baseline !== null;
  const ranked = rankingPoints(data.points, text);
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
  const note = showFunnel
    ? t('funnelNote', { base: text.value(data.baseline), min: MIN_DENOMINATOR })
    : data.isRate
      ? t('rankingNote', { min: MIN_DENOMINATOR })
      : t('countNote');
  return (
    <>
      <p className="note">
        {note} {showFunnel ? null : t('pickHint')}
      </p>
      {ranked.length > 0 ? (
        <div ref={pick} className={showFunnel ? undefined : 'pickable'}>
          <Chart option={option} height={height} label={`${name}：${note}`} />
        </div>
      ) : null}
      <PeerTable ranking={data} def={def} />
    </>
  );
}
