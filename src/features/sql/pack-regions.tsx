import { useMutation } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import type { Pack } from '../../load/index.ts';
import { packOf } from '../../load/index.ts';
import type { Dictionary } from '../../ui/index.ts';
import { useConnector, useDictionary } from '../../ui/index.ts';

type Key = 'status' | 'load' | 'loadAll' | 'pick' | 'loading' | 'failed';

const DICTIONARY: Dictionary<Key> = {
  zh: {
    status: '数据包“{name}”：已加载 {loaded} / {total} 个地区的明细单元格（t3、t4）与正文；t2 与汇总表已全部加载。查询 cells 只含已加载地区；查询 requests 的语句先加载全部地区的 requests 行（现已加载 {requests} / {total}）。',
    load: '加载该地区',
    loadAll: '全部加载',
    pick: '选择地区',
    loading: '正在加载…',
    failed: '加载失败：{message}',
  },
  en: {
    status: 'Pack “{name}”: cells (t3, t4) and narratives of {loaded} of {total} regions are loaded; t2 and the summary tables are loaded for all. Queries on cells see loaded regions only; a statement naming requests first loads every region’s requests rows ({requests} of {total} now).',
    load: 'Load region',
    loadAll: 'Load all',
    pick: 'Pick a region',
    loading: 'Loading…',
    failed: 'Loading failed: {message}',
  },
};

/** Over a pack, which regions' cells are loaded, with buttons to load one or all (the views load theirs themselves). */
export function PackRegions() {
  const pack = packOf(useConnector());
  return pack ? <RegionLoader pack={pack} /> : null;
}

function RegionLoader({ pack }: { pack: Pack }) {
  const { t } = useDictionary(DICTIONARY);
  const loaded = useSyncExternalStore(pack.subscribe, () => pack.loaded().size);
  const requests = useSyncExternalStore(pack.subscribe, () => pack.requestsLoaded().size);
  const regions = pack.manifest.regions;
  const [picked, setPicked] = useState('');
  const load = useMutation({ mutationFn: (indexes: number[]) => pack.loadRegions(indexes) });
  const unloaded = regions.flatMap((r, i) => (pack.loaded().has(i) ? [] : [{ i, name: r.key }]));
  return (
    <div className="pack-regions" data-testid="pack-regions">
      <p className="note" role="status">{t('status', { name: pack.manifest.name, loaded, requests, total: regions.length })}</p>
      {unloaded.length > 0 ? (
        <div className="sql-toolbar">
          <select aria-label={t('pick')} value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{t('pick')}</option>
            {unloaded.map((r) => (
              <option key={r.i} value={r.i}>{r.name}</option>
            ))}
          </select>
          <button type="button" disabled={picked === '' || load.isPending} onClick={() => load.mutate([Number(picked)])}>
            {t('load')}
          </button>
          <button type="button" disabled={load.isPending} onClick={() => load.mutate(unloaded.map((r) => r.i))}>
            {t('loadAll')}
          </button>
          {load.isPending ? <span className="note" aria-busy="true">{t('loading')}</span> : null}
        </div>
      ) : null}
      {load.error ? <p role="alert" className="error">{t('failed', { message: load.error.message })}</p> : null}
    </div>
  );
}
