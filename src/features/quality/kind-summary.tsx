import type { MessageKey } from '../../ui/index.ts';
import { useDictionary, useT } from '../../ui/index.ts';
import type { CoverageGroup } from './coverage-rows.ts';
import { DICT } from './dictionary.ts';

/** Per agency kind: agency-years expected, reports published, missing, and reports with errors or warnings only. */
export function KindSummary({ groups }: { groups: readonly CoverageGroup[] }) {
  const { t } = useDictionary(DICT);
  const { t: tApp } = useT();
  const rows = groups.map((g) => {
    const cells = g.agencies.flatMap((a) => a.cells);
    return {
      kind: g.kind,
      expected: cells.length,
      published: cells.filter((c) => c.reportId !== null).length,
      errors: cells.filter((c) => c.errors > 0).length,
      warnings: cells.filter((c) => c.errors === 0 && c.warnings > 0).length,
    };
  });
  return (
    <table className="data kind-summary" data-testid="kind-summary">
      <caption>{t('byKind')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kind')}</th>
          <th scope="col" className="num">{t('published')}</th>
          <th scope="col" className="num">{t('missingShort')}</th>
          <th scope="col" className="num">{t('withErrorsShort')}</th>
          <th scope="col" className="num">{t('withWarningsShort')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.kind}>
            <th scope="row">{tApp(`kind.${r.kind}` as MessageKey)}</th>
            <td className="num">
              {r.published} / {r.expected}
            </td>
            <td className="num">{r.expected - r.published}</td>
            <td className="num">{r.errors}</td>
            <td className="num">{r.warnings}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
