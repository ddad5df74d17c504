export type { DatasetFiles, LoadSummary } from './load-dataset.ts';
export { loadDataset } from './load-dataset.ts';
export { loadCellKeys } from './load-cell-keys.ts';
export { refreshPivots } from './refresh-pivots.ts';
export { loadFindings } from './load-findings.ts';
export { readRecords } from './read-records.ts';
export type { BatchOptions, Correction } from './load-batch.ts';
export { loadBatch } from './load-batch.ts';
export { AGENCIES_COLUMNS, CELLS_COLUMNS, REPORTS_COLUMNS } from './csv-columns.ts';
