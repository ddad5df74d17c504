import { useState } from 'react';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { AgencyKind } from '../../domain/index.ts';
import { useDictionary } from '../../ui/index.ts';
import { AmbiguousCell } from './ambiguous-cell.tsx';
import { DICT } from './dictionary.ts';
import type { DuplicatePolicy, ReportItem } from './review-item.ts';
import { truncatedTables } from './review-item.ts';

const REGION = ['province', 'city', 'county'] as const;

/** The review of one parsed report: identity, figures found, findings, ambiguous cells, duplicate choice. */
export function ReportReview({ item, onChange }: { item: ReportItem; onChange: (next: ReportItem) => void }) {
  const { t, lang } = useDictionary(DICT);
  const found = Object.values(item.parsed.cells).filter((c) => c.value !== null).length;
  const truncated = truncatedTables(item.parsed);
  const identity = (patch: Partial<ReportItem['identity']>) => onChange({ ...item, identity: { ...item.identity, ...patch } });
  const ambiguous = Object.keys(item.parsed.ambiguous).length;
  // Only files that need a decision open with their fields: hundreds of open forms make one long main-thread task.
  const [open, setOpen] = useState(item.duplicateOf !== null || item.year === null || ambiguous > 0 || truncated.length > 0);
  const facts = (
    <p className="import-facts">
      {t('template')}: {item.parsed.template} · {t('cells')}: <span data-testid="cells-found">{found}</span> · {t('findings')}:{' '}
      {item.findings.length} · {t('ambiguous')}: {ambiguous}
    </p>
  );
  if (!open) {
    return (
      <div className="import-closed">
        <span>
          {item.name} · {item.year} · {t(`kind.${item.identity.kind}`)} {[item.identity.province, item.identity.city, item.identity.county].filter(Boolean).join(' ')}
        </span>
        {facts}
        <button type="button" onClick={() => setOpen(true)}>
          {t('edit')}
        </button>
      </div>
    );
  }
  return (
    <>
      <div className="import-fields">
        <label>
          {t('agency')}
          <input value={item.name} onChange={(e) => onChange({ ...item, name: e.currentTarget.value })} data-field="name" />
        </label>
        <label>
          {t('year')}
          <input
            type="number"
            value={item.year ?? ''}
            data-field="year"
            onChange={(e) => onChange({ ...item, year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          />
        </label>
        <label>
          {t('kind')}
          <select value={item.identity.kind} data-field="kind" onChange={(e) => identity({ kind: e.currentTarget.value as AgencyKind })}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {REGION.map((r) => (
          <label key={r}>
            {t(r)}
            <input value={item.identity[r]} size={8} data-field={r} onChange={(e) => identity({ [r]: e.currentTarget.value })} />
          </label>
        ))}
      </div>
      {facts}
      {item.year === null ? <p className="import-warning">{t('yearMissing')}</p> : null}
      {truncated.length > 0 ? <p className="import-warning" data-testid="truncated">{t('truncated', { tables: truncated.join(', ') })}</p> : null}
      {item.findings.length > 0 ? (
        <ul className="import-findings">
          {item.findings.map((f, i) => (
            <li key={i} className={f.severity}>
              {f.rule}: {lang === 'zh' ? f.messageZh : f.messageEn}
            </li>
          ))}
        </ul>
      ) : null}
      {Object.keys(item.parsed.ambiguous).length > 0 ? (
        <ul className="import-ambiguous">
          {Object.entries(item.parsed.ambiguous).map(([key, candidates]) => (
            <AmbiguousCell
              key={key}
              cellKey={key}
              raw={item.parsed.cells[key]?.raw ?? ''}
              candidates={candidates}
              resolved={item.resolved[key]}
              onResolve={(r) => {
                const resolved = { ...item.resolved };
                if (r) resolved[key] = r;
                else delete resolved[key];
                onChange({ ...item, resolved });
              }}
            />
          ))}
        </ul>
      ) : null}
      {item.duplicateOf ? (
        <div className="import-duplicate" data-testid="duplicate">
          <span>{t(item.duplicateOf.includes('|') ? 'duplicate' : 'duplicateInBatch', { id: item.duplicateOf, file: item.duplicateOf })}</span>
          <select value={item.policy} data-field="policy" onChange={(e) => onChange({ ...item, policy: e.currentTarget.value as DuplicatePolicy })}>
            <option value="skip">{t('skip')}</option>
            <option value="replace">{t('replace')}</option>
            <option value="keep">{t('keep')}</option>
          </select>
        </div>
      ) : null}
    </>
  );
}
