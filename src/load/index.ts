export type { DatasetFiles, LoadSummary } from './load-dataset.ts';
export { loadDataset } from './load-dataset.ts';
export { loadCellKeys } from './load-cell-keys.ts';
export { refreshPivots } from './refresh-pivots.ts';
export { loadFindings } from './load-findings.ts';
export { readRecords } from './read-records.ts';
