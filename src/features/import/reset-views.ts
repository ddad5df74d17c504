import type { QueryClient } from '@tanstack/react-query';

/** Refetch every view's data after a load; the ['database'] query is the engine itself and stays. */
export function resetViews(client: QueryClient): Promise<void> {
  return client.resetQueries({ predicate: (q) => q.queryKey[0] !== 'database' });
}
