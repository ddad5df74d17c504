export type { AgencyIdentity } from './agency-identity.ts';
export { inferIdentity, inferKind, toAgency } from './agency-identity.ts';
export { applyBatch, batchOf, clearImported, restoreWorkspace } from './apply-workspace.ts';
export type { ReviewChoices } from './build-record.ts';
export { buildRecord } from './build-record.ts';
export { Import } from './import-view.tsx';
export { restoreStoredWorkspace } from './restore.ts';
export type { Workspace, WorkspaceBatch } from './workspace.ts';
export { decodeWorkspace, encodeWorkspace } from './workspace.ts';
