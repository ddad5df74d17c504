import type { QueryClient } from '@tanstack/react-query';
import type { Workspace } from './workspace.ts';
import { storedWorkspaceQuery } from './workspace-store.ts';

/**
 * Refetch every view's data after a load; the ['database'] query is the engine itself and stays. The
 * saved workspace, when given, is set as it is rather than read back and unzipped again.
 */
export async function resetViews(client: QueryClient, workspace?: Workspace): Promise<void> {
  if (workspace) client.setQueryData(storedWorkspaceQuery.queryKey, workspace);
  const keep = new Set(['database', ...(workspace ? [storedWorkspaceQuery.queryKey[0]] : [])]);
  await client.resetQueries({ predicate: (q) => !keep.has(String(q.queryKey[0])) });
}
