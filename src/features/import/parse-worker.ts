/// <reference lib="webworker" />
import { checkReport } from '../../checks/index.ts';
import type { Finding } from '../../checks/index.ts';
import { parseFile } from '../../parse/index.ts';
import type { ParseResult } from '../../parse/index.ts';
import { inferIdentity } from './agency-identity.ts';
import { buildRecord } from './build-record.ts';
import { bundledPdfData } from './pdf-data.ts';

const options = bundledPdfData();

/** A file to parse, its bytes transferred to the worker. */
export interface ParseRequest {
  id: number;
  path: string;
  bytes: ArrayBuffer;
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
  const { id, path, bytes } = e.data;
  const name = path.split('/').pop() ?? path;
  const result = await parseFile(new Uint8Array(bytes), name, options);
  const response: ParseResponse = { id, result, findings: findingsOf(result, path) };
  self.postMessage(response);
};
