import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { Filters, ReportListItem } from '../../queries/index.ts';
import { reportListQuery } from '../../queries/index.ts';
import { compareNames, useConnector, useDictionary, useSearchList, useUrlParams } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** Reports of the selection grouped by agency (agencies by pinyin); choosing one sets the URL param `report`. */
export function ReportPicker({ filters, current }: { filters: Filters; current: string | null }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const id = useId();
  const [, setParams] = useUrlParams();
  const { data } = useSuspenseQuery(reportListQuery(db, { ...filters, agencies: [] }));
  const { groups, sorted } = useMemo(() => {
    const byName = new Map<string, ReportListItem[]>();
    for (const r of data) {
      const list = byName.get(r.agencyName);
      if (list) list.push(r);
      else byName.set(r.agencyName, [r]);
    }
    return { groups: byName, sorted: [...byName.keys()].sort(compareNames) };
  }, [data]);
  // A province lists 70,000 reports: offer the agencies matching a search, not all of them.
  const { rows: names, search } = useSearchList(sorted, (n) => n, 100);
  const chosen = current ? data.find((r) => r.reportId === current) : undefined;
  return (
    <div className="filters picker">
      <label htmlFor={id} className="dataset">
        {t('pickLabel')}
      </label>
      <select id={id} value={current ?? ''} onChange={(e) => setParams({ report: e.target.value || null })} data-testid="report-picker">
        <option value="">{t('pick')}</option>
        {current && !(chosen && names.includes(chosen.agencyName)) ? (
          <option value={current}>{chosen ? `${chosen.agencyName} ${t('yearSuffix', { year: chosen.year })}` : current}</option>
        ) : null}
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
      {search}
    </div>
  );
}
