export type { Connector, Row } from './connector.ts';
export type { QueryResult, ResultColumn } from './result.ts';
export type { Sql, SqlValue } from './sql.ts';
export { fragment, ident, inList, join, LIST_SEPARATOR, sql, SqlFragment } from './sql.ts';
export { browserConnector } from './duckdb-wasm.ts';
