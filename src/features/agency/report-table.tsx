import type { AgencyReport, AgencyYears } from '../../queries/index.ts';
import { formatCount, useDictionary, useT, ViewLink } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { yearSpan } from './headline.ts';

/** The agency's reports by year with template and findings; years without a report stay in the list, marked. */
export function ReportTable({ years }: { years: AgencyYears }) {
  const { t } = useDictionary(DICT);
  const span = yearSpan(years.reports.map((r) => r.year), years.datasetYears);
  const byYear = new Map(years.reports.map((r) => [r.year, r]));
  return (
    <div className="table-scroll">
      <table className="data reports-table" data-testid="agency-reports">
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('template')}</th>
            <th scope="col" className="num">{t('findings')}</th>
            <th scope="col">{t('published')}</th>
          </tr>
        </thead>
        <tbody>
          {span.map((year) => {
            const r = byYear.get(year);
            return r ? (
              <ReportRow key={year} r={r} />
            ) : (
              <tr key={year} className="no-report">
                <th scope="row">{year}</th>
                <td colSpan={4} className="missing">{t('noReport')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ReportRow({ r }: { r: AgencyReport }) {
  const { t, lang } = useDictionary(DICT);
  const shell = useT();
  const tpl = (v: string | null) => (v ? shell.t(`template.${v}` as 'template.v2019') : t('none'));
  return (
    <tr>
      <th scope="row">{r.year}</th>
      <td className="wrap">
        <ViewLink to={{ v: 'report', report: r.reportId }} title={t('openReport', { year: r.year })}>
          {r.title}
        </ViewLink>
        <span className="sub">{r.sourceFile}</span>
      </td>
      <td>
        {tpl(r.template)}
        {r.template === 'mixed' ? (
          <span className="sub">{t('mixed', { t2: tpl(r.t2Template), t3: tpl(r.t3Template), t4: tpl(r.t4Template) })}</span>
        ) : null}
      </td>
      <td className="num">
        {formatCount(r.findings, lang)}
        {r.errors ? <span className="sub">{t('errors', { n: r.errors })}</span> : null}
      </td>
      <td>{r.publishDate ?? t('unknownDate')}</td>
    </tr>
  );
}
