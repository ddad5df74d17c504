import { useCallback, useEffect, useState, useTransition } from 'react';

const URL_CHANGE = 'atlas:urlchange';

/**
 * The whole view state lives in the URL's query string, so a copied link reproduces the view and
 * back/forward work. Returns the current params and a setter that pushes a history entry. Updates run
 * as transitions: while the next view's queries load, the current charts stay on screen instead of
 * falling back to skeletons (and ECharts is not torn down and rebuilt). The third value is true while such
 * a change is still loading, for the page to say so.
 */
export function useUrlParams(): [URLSearchParams, (next: Record<string, string | null>) => void, boolean] {
  const [search, setSearch] = useState(() => window.location.search);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const sync = () => startTransition(() => setSearch(window.location.search));
    window.addEventListener('popstate', sync);
    window.addEventListener(URL_CHANGE, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(URL_CHANGE, sync);
    };
  }, [startTransition]);
  const update = useCallback((next: Record<string, string | null>) => {
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(next)) {
      if (v === null || v === '') params.delete(k);
      else params.set(k, v);
    }
    const query = params.toString();
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);
  return [new URLSearchParams(search), update, pending];
}
