import { useSuspenseQuery } from '@tanstack/react-query';
import { ruleInfo } from '../../checks/index.ts';
import type { FindingRow, FindingsFilter, Filters } from '../../queries/index.ts';
import { findingsListQuery } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary, usePaged, ViewLink } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { reportTarget } from './report-target.ts';

// A page at a time: a province's list runs to thousands, and every filter change lays out the rows shown.
const PAGE_ROWS = 50;
const SHOWN_CELLS = 2;

const SEVERITY_SYMBOL = { error: '✖', warning: '!', info: 'i' } as const;

function RuleName({ id }: { id: string }) {
  const { lang } = useDictionary(DICT);
  const info = ruleInfo(id);
  if (!info) return <strong>{id}</strong>;
  const description = lang === 'zh' ? info.descriptionZh : info.descriptionEn;
  return (
    <span className="rule-name" title={description}>
      <strong>{id}</strong> {lang === 'zh' ? info.nameZh : info.nameEn}
      <span className="sr-only">：{description}</span>
    </span>
  );
}

function Cells({ row }: { row: FindingRow }) {
  const { t } = useDictionary(DICT);
  const labels = row.cellLabels.length ? row.cellLabels : row.cells;
  if (labels.length === 0) return <span className="muted">—</span>;
  const item = (label: string, i: number) => (
    <li key={`${row.cells[i] ?? label}`} title={row.cells[i]}>
      {label}
    </li>
  );
  return (
    <div>
      <ul className="cell-list">{labels.slice(0, SHOWN_CELLS).map(item)}</ul>
      {labels.length > SHOWN_CELLS ? (
        <details>
          <summary>{t('moreCells', { n: labels.length - SHOWN_CELLS })}</summary>
          <ul className="cell-list">{labels.slice(SHOWN_CELLS).map((l, i) => item(l, i + SHOWN_CELLS))}</ul>
        </details>
      ) : null}
    </div>
  );
}

function FindingLine({ row }: { row: FindingRow }) {
  const { t, lang } = useDictionary(DICT);
  const num = (v: number | null) => formatCount(v, lang);
  return (
    <tr data-rule={row.rule} data-severity={row.severity} data-report={row.reportId}>
      <th scope="row">{row.agencyName}</th>
      <td className="num" data-label={t('year')}>{row.year}</td>
      <td data-label={t('rule')}>
        <RuleName id={row.rule} />
      </td>
      <td className={`sev sev-${row.severity}`} data-label={t('severity')}>
        <span aria-hidden="true">{SEVERITY_SYMBOL[row.severity]} </span>
        {t(row.severity)}
      </td>
      <td className="wrap message" data-label={t('message')}>{lang === 'zh' ? row.messageZh : row.messageEn}</td>
      <td className="wrap cells" data-label={t('cells')}>
        <Cells row={row} />
      </td>
      <td className="num" data-label={t('expectedActual')}>
        {row.expected === null && row.actual === null ? '—' : `${num(row.expected)} / ${num(row.actual)}`}
      </td>
      <td data-label={t('report')}>
        <div className="links">
          <ViewLink to={reportTarget(row.reportId)} label={t('openAria', { agency: row.agencyName, year: row.year })} className="open-report">
            {t('open')}
          </ViewLink>
          {row.relatedReportId ? (
            <ViewLink to={reportTarget(row.relatedReportId)} className="related-report">
              {t('related', { agency: row.relatedAgencyName ?? row.relatedReportId, year: row.relatedYear ?? '' })}
            </ViewLink>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

/** The findings matching the dashboard and quality filters, each with a way to its report. */
export function FindingsTable({ filters, q }: { filters: Filters; q: FindingsFilter }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const { data } = useSuspenseQuery(findingsListQuery(db, filters, q));
  const { page, controls } = usePaged(data, (row) => row.agencyName, PAGE_ROWS);
  if (data.length === 0) return <p className="empty">{t('noFindings')}</p>;
  return (
    <>
      {controls}
      <div className="table-scroll findings-scroll">
        <table className="data findings-table" data-testid="findings-list">
          <thead>
            <tr>
              <th scope="col">{t('agency')}</th>
              <th scope="col" className="num">{t('year')}</th>
              <th scope="col">{t('rule')}</th>
              <th scope="col">{t('severity')}</th>
              <th scope="col">{t('message')}</th>
              <th scope="col">{t('cells')}</th>
              <th scope="col" className="num">{t('expectedActual')}</th>
              <th scope="col">{t('report')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row, i) => (
              <FindingLine key={`${row.reportId}-${row.rule}-${page.start + i}`} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
