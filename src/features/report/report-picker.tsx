import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Filters, ReportListItem } from '../../queries/index.ts';
import { reportListQuery } from '../../queries/index.ts';
import { compareNames, useConnector, useDictionary, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** Reports of the selection grouped by agency (agencies by pinyin); choosing one sets the URL param `report`. */
export function ReportPicker({ filters, current }: { filters: Filters; current: string | null }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const id = useId();
  const [, setParams] = useUrlParams();
  const { data } = useSuspenseQuery(reportListQuery(db, { ...filters, agencies: [] }));
  const groups = new Map<string, ReportListItem[]>();
  for (const r of data) groups.set(r.agencyName, [...(groups.get(r.agencyName) ?? []), r]);
  const names = [...groups.keys()].sort(compareNames);
  return (
    <div className="filters picker">
      <label htmlFor={id} className="dataset">
        {t('pickLabel')}
      </label>
      <select id={id} value={current ?? ''} onChange={(e) => setParams({ report: e.target.value || null })} data-testid="report-picker">
        <option value="">{t('pick')}</option>
        {current && !data.some((r) => r.reportId === current) ? <option value={current}>{current}</option> : null}
        {names.map((name) => (
          <optgroup key={name} label={name}>
            {(groups.get(name) ?? []).map((r) => (
              <option key={r.reportId} value={r.reportId}>
                {name} {t('yearSuffix', { year: r.year })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
