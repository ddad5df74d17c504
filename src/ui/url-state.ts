import type { RefObject } from 'react';
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

const URL_CHANGE = 'atlas:urlchange';

/**
 * The whole view state lives in the URL's query string, so a copied link reproduces the view and
 * back/forward work. Returns the current params and a setter that pushes a history entry. Updates run
 * as transitions: while the next view's queries load, the current charts stay on screen instead of
 * falling back to skeletons (and ECharts is not torn down and rebuilt).
 */
export function useUrlParams(): [URLSearchParams, (next: Record<string, string | null>) => void] {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const sync = () => startTransition(() => setSearch(window.location.search));
    window.addEventListener('popstate', sync);
    window.addEventListener(URL_CHANGE, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(URL_CHANGE, sync);
    };
  }, []);
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
  return [new URLSearchParams(search), update];
}

/**
 * Mark `ref`'s element aria-busy from a URL change until the render of that URL (`search`, as the caller's
 * useUrlParams reads it) commits, so the page says a change is loading while the old view stays. Set on the
 * element directly: a React pending state would re-render the page (and cost every click a frame) for it.
 */
export function useUrlBusy(ref: RefObject<HTMLElement | null>, search: string): void {
  const shown = useRef(search);
  useEffect(() => {
    // Back at the URL shown before the change in between loaded: nothing new will commit, so nothing is pending.
    const mark = () => ref.current?.setAttribute('aria-busy', String(new URLSearchParams(window.location.search).toString() !== shown.current));
    window.addEventListener('popstate', mark);
    window.addEventListener(URL_CHANGE, mark);
    return () => {
      window.removeEventListener('popstate', mark);
      window.removeEventListener(URL_CHANGE, mark);
    };
  }, [ref]);
  useLayoutEffect(() => {
    shown.current = search;
    ref.current?.setAttribute('aria-busy', 'false');
  }, [ref, search]);
}
