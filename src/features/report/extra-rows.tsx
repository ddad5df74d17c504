import type { ExtraRow } from '../../domain/index.ts';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { extraRowsSql } from './report-export.ts';

/** Rows agencies added outside the template, as plain text (never parsed as markup). */
export function ExtraRows({ rows, filters }: { rows: readonly ExtraRow[]; filters: Filters }) {
  const { t } = useDictionary(DICT);
  if (rows.length === 0) return null;
  return (
    <Card title={t('extraRows')} footer={t('extraNote')} actions={<CardExport rows={extraRowsSql(rows)} filters={filters} />}>
      <div className="table-scroll-x">
        <table className="data" data-testid="extra-rows">
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.table}-${r.label}-${i}`}>
                <td>{r.table === 't2' || r.table === 't3' || r.table === 't4' ? t(r.table) : String(r.table)}</td>
                <th scope="row">{String(r.label)}</th>
                {r.raw.map((cell, j) => (
                  <td key={j} className="num">
                    {String(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
