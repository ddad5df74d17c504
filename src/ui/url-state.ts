import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/**
 * The whole view state lives in the URL's query string, so a copied link reproduces the view and
 * back/forward work. Returns the current params and a setter that pushes a history entry.
 */
export function useUrlParams(): [URLSearchParams, (next: Record<string, string | null>) => void] {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const update = useCallback((next: Record<string, string | null>) => {
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(next)) {
      if (v === null || v === '') params.delete(k);
      else params.set(k, v);
    }
    const query = params.toString();
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [new URLSearchParams(search), update];
}
