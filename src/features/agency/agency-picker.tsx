import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery } from '../../queries/index.ts';
import { compareNames, useConnector, useDictionary, useSearchList, useT, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** A select of the selection's agencies by pinyin; choosing one sets the URL param `agency`. */
export function AgencyPicker({ filters, current }: { filters: Filters; current: string | null }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const shell = useT();
  const id = useId();
  const [, setParams] = useUrlParams();
  const { data } = useSuspenseQuery(agencyTableQuery(db, { ...filters, agencies: [] }));
  const sorted = useMemo(() => [...data].sort((a, b) => compareNames(a.name, b.name)), [data]);
  const { rows: agencies, search } = useSearchList(sorted, (a) => a.name);
  const chosen = current ? sorted.find((a) => a.agencyId === current) : undefined;
  return (
    <div className="filters picker">
      <label htmlFor={id} className="dataset">
        {t('pickLabel')}
      </label>
      <select id={id} value={current ?? ''} onChange={(e) => setParams({ agency: e.target.value || null })} data-testid="agency-picker">
        <option value="">{t('pick')}</option>
        {chosen && !agencies.includes(chosen) ? <option value={chosen.agencyId}>{chosen.name}</option> : null}
        {agencies.map((a) => (
          <option key={a.agencyId} value={a.agencyId}>
            {a.name}（{shell.t(`kind.${a.kind}`)}）
          </option>
        ))}
      </select>
      {search}
    </div>
  );
}
