import { useSuspenseQuery } from '@tanstack/react-query';
import { AGENCY_KINDS } from '../../domain/index.ts';
import { indicator } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { datasetFacetsQuery } from '../../queries/index.ts';
import { Card, useConnector, useDictionary, useT, useUrlParams } from '../../ui/index.ts';
import './compare.css';
import { readCompareParams } from './compare-params.ts';
import { Controls } from './controls.tsx';
import { DICT } from './dictionary.ts';
import { PeerChart } from './peer-chart.tsx';
import { PeerHeatmap } from './peer-heatmap.tsx';
import { PeerMultiples } from './peer-multiples.tsx';

/** 对比: the agencies of one peer group (same kind) side by side on one indicator of the library. */
export function Compare({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const shell = useT();
  const [params, setParams] = useUrlParams();
  const { data: facets } = useSuspenseQuery(datasetFacetsQuery(db, filters.dataset));
  const kinds = AGENCY_KINDS.filter((k) => facets.kinds.includes(k));
  const value = readCompareParams(params, kinds, filters.kinds);
  const def = indicator(value.indicator);
  const name = lang === 'zh' ? def.zh : def.en;
  const kind = shell.t(`kind.${value.peer}`);
  const peerFilters: Filters = { ...filters, kinds: [value.peer] };
  const years = filters.years.length ? [...filters.years].sort().join('、') : t('allYears');
  const plot = def.unit === 'rate' ? value.plot : 'ranking';
  const formula = t('formula', { formula: lang === 'zh' ? def.formulaZh : def.formulaEn });
  return (
    <div className="compare">
      <Controls value={value} kinds={kinds} onChange={setParams} />
      <div className="grid">
        <Card
          title={t(plot === 'funnel' ? 'funnelTitle' : 'rankingTitle', { kind, name })}
          footer={`${t('years', { years })} · ${formula}`}
        >
          <PeerChart filters={peerFilters} id={value.indicator} plot={plot} />
        </Card>
        <Card title={t('peerTitle', { kind, title: t('heatmap', { name }) })} footer={formula}>
          <PeerHeatmap filters={peerFilters} id={value.indicator} />
        </Card>
        <div className="span-all">
          <Card title={t('peerTitle', { kind, title: t('multiples', { name }) })} footer={formula}>
            <PeerMultiples filters={peerFilters} id={value.indicator} />
          </Card>
        </div>
      </div>
    </div>
  );
}
