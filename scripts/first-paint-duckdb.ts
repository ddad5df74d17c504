// Stands in for src/db/duckdb-wasm.ts while scripts/first-paint.ts renders the first screen in Node:
// the same engine, duckdb-wasm's Node build, behind the browser module's one export.
import type { Connector } from '../src/db/index.ts';
import { createNodeConnector } from '../src/db/node.ts';

let connector: Promise<Connector> | undefined;

export function browserConnector(): Promise<Connector> {
  connector ??= createNodeConnector();
  return connector;
}
