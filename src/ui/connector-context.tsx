import { createContext, useContext } from 'react';
import type { Connector } from '../db/index.ts';

export const ConnectorContext = createContext<Connector | null>(null);

/** The DuckDB connector of the running app (a fake one in component tests). */
export function useConnector(): Connector {
  const db = useContext(ConnectorContext);
  if (!db) throw new Error('useConnector outside ConnectorContext');
  return db;
}
