import type { CellValue, ReportRecord } from '../../domain/index.ts';
import type { ParsedReport } from '../../parse/index.ts';
import type { AgencyIdentity } from './agency-identity.ts';
import { toAgency } from './agency-identity.ts';

/** What the review step settles about one parsed report before it is loaded. */
export interface ReviewChoices {
  /** Agency name (the parser's, or typed by the user when the document names none). */
  name: string;
  year: number;
  identity: AgencyIdentity;
  /** Cell key → value the user picked or typed for an ambiguous cell. */
  resolved: Readonly<Record<string, number>>;
  /** Source path (folders included) of the file. */
  sourceFile: string;
}

/** A parsed report as a ReportRecord of the 'imported' dataset, with the user's resolutions applied. */
export function buildRecord(parsed: ParsedReport, choices: ReviewChoices): ReportRecord {
  const cells: Record<string, CellValue> = { ...parsed.cells };
  const ambiguous: Record<string, number[]> = { ...parsed.ambiguous };
  for (const [key, value] of Object.entries(choices.resolved)) {
    cells[key] = { ...(cells[key] ?? { raw: '' }), value };
    delete ambiguous[key];
  }
  return {
    agency: toAgency(choices.name, choices.identity),
    year: choices.year,
    template: parsed.template,
    tables: parsed.tables,
    sourceFile: choices.sourceFile,
    title: parsed.title,
    publishDate: parsed.publishDate,
    cells,
    extraRows: parsed.extraRows,
    narrative: parsed.narrative,
    issues: parsed.issues,
    ambiguous,
    dataset: 'imported',
  };
}
