import type { Finding } from '../checks/index.ts';
import type { Connector } from '../db/index.ts';
import { LIST_SEPARATOR } from '../db/index.ts';
import { columnsLiteral } from './csv-columns.ts';

const FILE = 'atlas-findings.csv';

const COLUMNS = {
  report_id: 'VARCHAR',
  rule: 'VARCHAR',
  severity: 'VARCHAR',
  cells: 'VARCHAR',
  expected: 'DOUBLE',
  actual: 'DOUBLE',
  message_zh: 'VARCHAR',
  message_en: 'VARCHAR',
  related_report_id: 'VARCHAR',
} as const;

// Text always quoted, null as an empty unquoted field (allow_quoted_nulls = false keeps "" an empty string).
const text = (s: string | null | undefined) => (s === null || s === undefined ? '' : `"${s.replaceAll('"', '""')}"`);
const num = (n: number | null) => (n === null ? '' : String(n));

function csvOf(findings: readonly Finding[]): string {
  const lines = findings.map((f) =>
    [
      text(f.reportId), text(f.rule), text(f.severity), text(f.cells.join(LIST_SEPARATOR)), num(f.expected), num(f.actual),
      text(f.messageZh), text(f.messageEn), text(f.relatedReportId),
    ].join(','),
  );
  return `${Object.keys(COLUMNS).join(',')}\n${lines.join('\n')}\n`;
}

/**
 * Replace the stored findings with these, in one statement from one registered CSV file (an INSERT per
 * few hundred findings cost more than the checks themselves).
 */
export async function storeFindings(db: Connector, findings: readonly Finding[]): Promise<void> {
  await db.exec('DELETE FROM findings');
  if (findings.length === 0) return;
  await db.registerFile(FILE, new TextEncoder().encode(csvOf(findings)));
  try {
    await db.exec(`
      INSERT INTO findings
      SELECT report_id, rule, severity, list_filter(string_split(cells, chr(31)), lambda c: c <> ''),
             expected, actual, message_zh, message_en, related_report_id
      FROM read_csv('${FILE}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                    allow_quoted_nulls = false, columns = ${columnsLiteral(COLUMNS)})`);
  } finally {
    await db.dropFile(FILE);
  }
}
