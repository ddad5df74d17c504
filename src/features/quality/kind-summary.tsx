import { AGENCY_KINDS } from '../../domain/index.ts';
import type { MessageKey } from '../../ui/index.ts';
import { useDictionary, useT } from '../../ui/index.ts';
import type { CoverageTotal } from '../../queries/index.ts';
import { DICT } from './dictionary.ts';

/** Per agency kind: agency-years expected, reports published, missing, and reports with errors or warnings only. */
export function KindSummary({ totals }: { totals: readonly CoverageTotal[] }) {
  const { t } = useDictionary(DICT);
  const { t: tApp } = useT();
  const rows = AGENCY_KINDS.flatMap((kind) => totals.filter((r) => r.kind === kind));
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
