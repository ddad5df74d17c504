import { usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RULES } from '../../checks/index.ts';
import type { Severity } from '../../domain/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { FindingsFilter, Filters } from '../../queries/index.ts';
import { coverageAgenciesQuery, coverageTotalsQuery, findingCountsQuery } from '../../queries/index.ts';
import type { MessageKey } from '../../ui/index.ts';
import { useConnector, useDictionary, useSearchList, useT } from '../../ui/index.ts';
import { coverageGroups } from './coverage-rows.ts';
import { DICT } from './dictionary.ts';
import { toggle } from './quality-params.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface Props {
  filters: Filters;
  q: FindingsFilter;
  onChange: (next: FindingsFilter) => void;
}

/** Counts per severity and rule, which double as the severity and rule filters, then agency and year. */
export function FindingsFilters({ filters, q, onChange }: Props) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data: counts } = useSuspenseQuery(findingCountsQuery(db, filters, q));
  const total = (pick: (c: (typeof counts)[number]) => boolean) => counts.filter(pick).reduce((s, c) => s + c.count, 0);
  const bySeverity = (s: Severity) => total((c) => c.severity === s);
  const rules = RULES.filter((r) => q.rules.includes(r.id) || total((c) => c.rule === r.id) > 0);
  const severities = SEVERITIES.filter((s) => s !== 'info' || bySeverity(s) > 0 || q.severities.includes(s));
  const set = (part: Partial<FindingsFilter>) => onChange({ ...q, ...part });
  return (
    <div className="findings-filters">
      <p className="findings-summary" data-testid="findings-summary">
        {t(bySeverity('info') > 0 ? 'summaryInfo' : 'summary', {
          n: total(() => true),
          errors: bySeverity('error'),
          warnings: bySeverity('warning'),
          infos: bySeverity('info'),
        })}
      </p>
      <fieldset className="chips">
        <legend>{t('severity')}</legend>
        {severities.map((s) => (
          <button
            key={s}
            type="button"
            className={`sev-${s}`}
            aria-pressed={q.severities.includes(s)}
            onClick={() => set({ severities: toggle(q.severities, s) })}
          >
            {t(s)} <span className="count">{bySeverity(s)}</span>
          </button>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>{t('rule')}</legend>
        {rules.map((r) => (
          <button
            key={r.id}
            type="button"
            data-rule={r.id}
            aria-pressed={q.rules.includes(r.id)}
            title={lang === 'zh' ? r.descriptionZh : r.descriptionEn}
            onClick={() => set({ rules: toggle(q.rules, r.id) })}
          >
            {r.id} {lang === 'zh' ? r.nameZh : r.nameEn} <span className="count">{total((c) => c.rule === r.id)}</span>
          </button>
        ))}
      </fieldset>
      <AgencyYearFilters filters={filters} q={q} onChange={onChange} />
    </div>
  );
}

function AgencyYearFilters({ filters, q, onChange }: Props) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const { t: tApp } = useT();
  // Prefetch and one useSuspenseQuery each: useSuspenseQueries renders once more after every key change.
  usePrefetchQuery(coverageTotalsQuery(db, filters));
  const { data: agencies } = useSuspenseQuery(coverageAgenciesQuery(db, filters));
  const { data: totals } = useSuspenseQuery(coverageTotalsQuery(db, filters));
  // A province has ~10,000 agencies: sorted by pinyin once per result, and offered through a search box past
  // 200 (a select of 10,000 options is unusable).
  const everyAgency = useMemo(() => coverageGroups(agencies).flatMap((g) => g.agencies), [agencies]);
  const picked = q.agencies[0];
  const { rows: offered, search } = useSearchList(everyAgency, (a) => a.name, undefined, (a) => a.agencyId === picked);
  const options = AGENCY_KINDS.map((kind) => {
    const ofKind = offered.filter((a) => a.kind === kind);
    return ofKind.length === 0 ? null : (
      <optgroup key={kind} label={tApp(`kind.${kind}` as MessageKey)}>
        {ofKind.map((a) => (
          <option key={a.agencyId} value={a.agencyId}>
            {a.name}
          </option>
        ))}
      </optgroup>
    );
  });
  const { years } = totals;
  const dirty = q.rules.length + q.severities.length + q.agencies.length + q.years.length > 0;
  return (
    <div className="findings-scope">
      <label className="agency-filter">
        {t('agency')}
        <select value={q.agencies[0] ?? ''} onChange={(e) => onChange({ ...q, agencies: e.target.value ? [e.target.value] : [] })}>
          <option value="">{t('allAgencies')}</option>
          {options}
        </select>
      </label>
      {search}
      <fieldset className="chips">
        <legend>{t('year')}</legend>
        {years.map((y) => (
          <button key={y} type="button" aria-pressed={q.years.includes(y)} onClick={() => onChange({ ...q, years: toggle(q.years, y) })}>
            {y}
          </button>
        ))}
      </fieldset>
      {dirty ? (
        <button type="button" className="link clear" onClick={() => onChange({ rules: [], severities: [], agencies: [], years: [] })}>
          {t('clear')}
        </button>
      ) : null}
    </div>
  );
}
