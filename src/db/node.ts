// Node entry of the db module (tests and the command line); the browser uses index.ts.
export type { NodeConnectorOptions } from './duckdb-node.ts';
export { createNodeConnector } from './duckdb-node.ts';
