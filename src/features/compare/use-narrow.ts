import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 700px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** Whether the screen is phone-width, for chart layouts that cannot reflow on their own. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
