import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { Correction } from '../../load/index.ts';
import type { AgencyIdentity } from './agency-identity.ts';

/** One imported file, as loaded: its three CSV tables and how it joined the data. */
export interface WorkspaceBatch {
  name: string;
  agencies: string;
  reports: string;
  cells: string;
  replaces: string[];
  idSuffix: string;
  corrections: Correction[];
  /** Dataset forced on every report of the batch (data tables imported as they are). */
  dataset?: string;
}

/** Everything the user imported: the files loaded, in order, and the agency identities they settled. */
export interface Workspace {
  batches: WorkspaceBatch[];
  identities: Record<string, AgencyIdentity>;
}

export const EMPTY_WORKSPACE: Workspace = { batches: [], identities: {} };
const FORMAT = 'disclosure-atlas-workspace';
const TABLES = ['agencies', 'reports', 'cells'] as const;

interface Manifest {
  format: typeof FORMAT;
  version: 1;
  identities: Workspace['identities'];
  batches: (Omit<WorkspaceBatch, (typeof TABLES)[number]> & { dir: string })[];
}

function workspaceFiles(ws: Workspace): Zippable {
  const files: Zippable = {};
  const manifest: Manifest = { format: FORMAT, version: 1, identities: ws.identities, batches: [] };
  ws.batches.forEach((b, i) => {
    const dir = `batches/${String(i).padStart(4, '0')}`;
    for (const t of TABLES) files[`${dir}/${t}.csv`] = strToU8(b[t]);
    manifest.batches.push({ name: b.name, replaces: b.replaces, idSuffix: b.idSuffix, corrections: b.corrections, ...(b.dataset ? { dataset: b.dataset } : {}), dir });
  });
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1));
  return files;
}

const MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * The workspace as one .zip: manifest.json plus batches/<n>/{agencies,reports,cells}.csv. Level 1 by default:
 * several times faster than fflate's default on hundreds of CSV files, and the file stays small; `compress`
 * false stores them as they are (8× faster again, for the copy kept in the browser's own storage).
 */
export function encodeWorkspace(ws: Workspace, options: { compress?: boolean } = {}): Uint8Array {
  return zipSync(workspaceFiles(ws), { level: options.compress === false ? 0 : 1, mtime: MTIME });
}

/** True when the zip bytes hold a workspace manifest. */
export function isWorkspace(bytes: Uint8Array): boolean {
  try {
    return Object.keys(unzipSync(bytes, { filter: (f) => f.name === 'manifest.json' })).length === 1;
  } catch {
    return false;
  }
}

function fromFiles(files: Record<string, Uint8Array>): Workspace {
  const text = files['manifest.json'];
  if (!text) throw new Error('manifest.json missing: not a workspace file');
  const manifest = JSON.parse(strFromU8(text)) as Manifest;
  if (manifest.format !== FORMAT || manifest.version !== 1) throw new Error('unknown workspace format or version');
  const batches = manifest.batches.map(({ dir, ...meta }) => {
    const table = (t: (typeof TABLES)[number]) => {
      const bytesOf = files[`${dir}/${t}.csv`];
      if (!bytesOf) throw new Error(`${dir}/${t}.csv missing`);
      return strFromU8(bytesOf);
    };
    return { ...meta, agencies: table('agencies'), reports: table('reports'), cells: table('cells') };
  });
  return { batches, identities: manifest.identities ?? {} };
}

/** Read a workspace file back; throws a message naming what is wrong. */
export function decodeWorkspace(bytes: Uint8Array): Workspace {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new Error('not a zip archive');
  }
  return fromFiles(files);
}
