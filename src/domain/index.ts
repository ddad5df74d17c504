export type { CellKey, TableId, Template, T3Column, T4Column, T4Group } from './keys.ts';
export {
  cellKeys,
  cellLabel,
  findKey,
  tableKeys,
  t3OutcomeRows,
  t3Rows,
  T3_COLUMNS,
  T4_COLUMNS,
  T4_GROUPS,
  TEMPLATES,
} from './keys.ts';
export type {
  Agency,
  AgencyKind,
  CellValue,
  ExtraRow,
  ReportIssue,
  ReportRecord,
  Severity,
  SourcePosition,
} from './record.ts';
export { AGENCY_KINDS } from './record.ts';
export { pinyinRanks } from './pinyin.ts';
