import { checkAll } from '../checks/index.ts';
import type { Finding } from '../checks/index.ts';
import type { Connector, SqlValue } from '../db/index.ts';
import type { ReportRecord } from '../domain/index.ts';
import { LIST_SEPARATOR } from '../db/index.ts';
import { readRecords } from './read-records.ts';

const CHUNK = 200;

function row(f: Finding): SqlValue[] {
  return [
    f.reportId, f.rule, f.severity, f.cells.join(LIST_SEPARATOR), f.expected, f.actual,
    f.messageZh, f.messageEn, f.relatedReportId ?? null,
  ];
}

/**
 * Recompute every consistency finding (per report and across reports) over all loaded data and store
 * them in `findings`, replacing what was there. Returns the findings written.
 */
export async function loadFindings(
  db: Connector,
  /** How to run the checks; the import view passes one that runs them in a Web Worker. */
  check: (records: ReportRecord[]) => Finding[] | Promise<Finding[]> = checkAll,
): Promise<Finding[]> {
  const findings = await check(await readRecords(db));
  await db.exec('DELETE FROM findings');
  for (let i = 0; i < findings.length; i += CHUNK) {
    const chunk = findings.slice(i, i + CHUNK);
    const values = chunk.map(() => "(?, ?, ?, list_filter(string_split(?, ?), lambda c: c <> ''), ?, ?, ?, ?, ?)").join(', ');
    const params = chunk.flatMap((f) => {
      const [id, rule, severity, cells, ...rest] = row(f);
      return [id ?? null, rule ?? null, severity ?? null, cells ?? null, LIST_SEPARATOR, ...rest];
    });
    await db.query({ text: `INSERT INTO findings VALUES ${values}`, params });
  }
  return findings;
}
