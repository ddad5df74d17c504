import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery } from '../../queries/index.ts';
import { compareNames, useConnector, useDictionary, useT, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** A select of the selection's agencies by pinyin; choosing one sets the URL param `agency`. */
export function AgencyPicker({ filters, current }: { filters: Filters; current: string | null }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const shell = useT();
  const id = useId();
  const [, setParams] = useUrlParams();
  const { data } = useSuspenseQuery(agencyTableQuery(db, { ...filters, agencies: [] }));
  const agencies = [...data].sort((a, b) => compareNames(a.name, b.name));
  return (
    <div className="filters picker">
      <label htmlFor={id} className="dataset">
        {t('pickLabel')}
      </label>
      <select id={id} value={current ?? ''} onChange={(e) => setParams({ agency: e.target.value || null })} data-testid="agency-picker">
        <option value="">{t('pick')}</option>
        {agencies.map((a) => (
          <option key={a.agencyId} value={a.agencyId}>
            {a.name}（{shell.t(`kind.${a.kind}`)}）
          </option>
        ))}
      </select>
    </div>
  );
}
