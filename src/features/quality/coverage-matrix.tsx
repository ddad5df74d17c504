import { usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { LIST_SEPARATOR } from '../../db/index.ts';
import type { CoverageCell, Filters } from '../../queries/index.ts';
import { coverageAgenciesQuery, coverageMatrixQuery, coverageTotalsQuery } from '../../queries/index.ts';
import type { MessageKey } from '../../ui/index.ts';
import { useConnector, useDictionary, usePaged, useT, ViewLink } from '../../ui/index.ts';
import { cellsByAgency, COVERAGE_PAGE, coverageGroups, missingReports, pageGroups } from './coverage-rows.ts';
import { DICT } from './dictionary.ts';
import { KindSummary } from './kind-summary.tsx';
import { reportTarget } from './report-target.ts';

type CellState = 'missing' | 'clean' | 'warnings' | 'errors';

const stateOf = (c: CoverageCell): CellState =>
  c.reportId === null ? 'missing' : c.errors > 0 ? 'errors' : c.warnings > 0 ? 'warnings' : 'clean';

const SYMBOL: Record<CellState, string> = { missing: '', clean: '✓', warnings: '!', errors: '✖' };

/** What the legend explains, in the order shown; the swatch repeats the cell's symbol and colour. */
function Legend() {
  const { t } = useDictionary(DICT);
  const items: [CellState, string][] = [
    ['clean', t('clean')],
    ['warnings', t('withWarnings')],
    ['errors', t('withErrors')],
    ['missing', t('missing')],
  ];
  return (
    <ul className="coverage-legend" aria-label={t('legend')}>
      {items.map(([state, text]) => (
        <li key={state}>
          <span className={`swatch cov-${state}`} aria-hidden="true">
            {state === 'missing' ? t('missingSymbol') : SYMBOL[state]}
          </span>
          {text}
        </li>
      ))}
      <li className="muted">{t('templates')}</li>
    </ul>
  );
}

function MatrixCell({ cell, dimmed }: { cell: CoverageCell; dimmed: boolean }) {
  const { t } = useDictionary(DICT);
  const state = stateOf(cell);
  const vars = { agency: cell.agencyName, year: cell.year };
  if (cell.reportId === null || cell.template === null) {
    return (
      <td className="cov-missing" data-state="missing" data-year={cell.year}>
        <span aria-hidden="true">{t('missingSymbol')}</span>
        <span className="sr-only">{t('cellMissing', vars)}</span>
      </td>
    );
  }
  const template = t(`tpl.${cell.template}`);
  const label =
    (cell.findings === 0
      ? t('cellClean', { ...vars, template })
      : t('cellIssues', { ...vars, template, n: cell.findings, errors: cell.errors, warnings: cell.warnings })) +
    (dimmed ? t('dimmed') : '');
  return (
    <td className={`cov-${state}${dimmed ? ' dimmed' : ''}`} data-state={state} data-year={cell.year}>
      <ViewLink to={reportTarget(cell.reportId)} label={label}>
        <span className="sym" aria-hidden="true">
          {SYMBOL[state]}
          {state === 'clean' ? '' : cell.findings}
        </span>
        <span className="tpl" aria-hidden="true">
          {t(`tplShort.${cell.template}`)}
        </span>
      </ViewLink>
    </td>
  );
}

/** Agencies × years: which reports exist, on which template, and how many findings each has. */
export function CoverageMatrix({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const { t: tApp } = useT();
  const { data: agencies } = useSuspenseQuery(coverageAgenciesQuery(db, filters));
  const groups = useMemo(() => coverageGroups(agencies), [agencies]);
  // A province has 10,000 agencies: the matrix asks for the cells of the page it shows; the counts come from SQL.
  const flat = useMemo(() => groups.flatMap((g) => g.agencies), [groups]);
  const { page, controls } = usePaged(flat, (a) => a.name, COVERAGE_PAGE);
  // The rows follow the pager when their cells are in: the search box and buttons never wait for a query.
  const pageKey = useDeferredValue(page.rows.map((a) => a.agencyId).join(LIST_SEPARATOR));
  const ids = useMemo(() => (pageKey ? pageKey.split(LIST_SEPARATOR) : []), [pageKey]);
  // Agencies of every kind and region that fit one page (a county's) have their cells asked once: a kind or
  // region change picks them. Past a page, each page is asked for (a region's as any other).
  const { data: everyOne } = useSuspenseQuery(coverageAgenciesQuery(db, { ...filters, kinds: [], cities: [], counties: [] }));
  const asked = everyOne.length <= COVERAGE_PAGE ? undefined : ids;
  // Prefetch and one useSuspenseQuery each: useSuspenseQueries renders once more after every key change.
  usePrefetchQuery(coverageMatrixQuery(db, filters, asked));
  const { data: totals } = useSuspenseQuery(coverageTotalsQuery(db, filters));
  const { data: cells } = useSuspenseQuery(coverageMatrixQuery(db, filters, asked));
  const rows = useMemo(() => cellsByAgency(cells), [cells]);
  const shown = pageGroups(groups, new Set(ids));
  const { years } = totals;
  const selected = filters.templates ?? [];
  const missing = missingReports(totals.kinds);
  if (groups.length === 0 || years.length === 0) return <p className="empty">{t('noAgencies')}</p>;
  return (
    <div className="coverage-layout">
      <div className="coverage-side">
        <Legend />
        <p className="note">
          {t('matrixNote')} {missing > 0 ? <strong data-testid="missing-count">{t('missingCount', { n: missing })}</strong> : null}
        </p>
        <KindSummary totals={totals.kinds} />
      </div>
      {controls}
      <div className="coverage-scroll" tabIndex={-1}>
        <table className="coverage" data-testid="coverage-matrix">
          <thead>
            <tr>
              <th scope="col" className="agency">
                {t('agency')}
              </th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          {shown.map(({ kind, agencies: onPage }) => (
            <tbody key={kind}>
              <tr className="group">
                <th scope="rowgroup" className="agency" colSpan={years.length + 1}>
                  {t('groupCount', { kind: tApp(`kind.${kind}` as MessageKey), n: groups.find((g) => g.kind === kind)?.agencies.length ?? 0 })}
                </th>
              </tr>
              {onPage.map((a) => (
                <tr key={a.agencyId} data-agency={a.name}>
                  <th scope="row" className="agency">
                    {a.name}
                  </th>
                  {(rows.get(a.agencyId) ?? []).map((c) => (
                    <MatrixCell
                      key={c.year}
                      cell={c}
                      dimmed={selected.length > 0 && c.template !== null && !selected.includes(c.template)}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
