import { QueryClient } from '@tanstack/react-query';

/** The app's query client. Data is local and errors are deterministic: never refetch or retry on our own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
}
