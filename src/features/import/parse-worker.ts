/// <reference lib="webworker" />
import { checkReport } from '../../checks/index.ts';
import type { Finding } from '../../checks/index.ts';
import { parseFile } from '../../parse/index.ts';
import type { ParseResult } from '../../parse/index.ts';
import { inferIdentity } from './agency-identity.ts';
import { buildRecord } from './build-record.ts';
import { bundledPdfData } from './pdf-data.ts';

const options = bundledPdfData();

/** A file to parse (the worker reads its bytes). */
export interface ParseRequest {
  id: number;
  path: string;
  file: Blob;
}

/** The parse result and the per-report findings on the record as first inferred. */
export interface ParseResponse {
  id: number;
  result: ParseResult;
  findings: Finding[];
}

function findingsOf(result: ParseResult, path: string): Finding[] {
  if (!result.ok || result.year === null) return [];
  const name = result.agency ?? path;
  return checkReport(buildRecord(result, { name, year: result.year, identity: inferIdentity(name, path), resolved: {}, sourceFile: path }));
}

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const { id, path, file } = e.data;
  const name = path.split('/').pop() ?? path;
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    self.postMessage({ id, result: { ok: false, file: path, error: `not readable: ${String(error)}` }, findings: [] } satisfies ParseResponse);
    return;
  }
  const result = await parseFile(new Uint8Array(bytes), name, options);
  const response: ParseResponse = { id, result, findings: findingsOf(result, path) };
  self.postMessage(response);
};
