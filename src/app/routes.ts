import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { Filters } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';

/** What every view receives from the shell. */
export interface ViewProps {
  filters: Filters;
}

export interface Route {
  id: string;
  label: MessageKey;
  view: ComponentType<ViewProps>;
}

// Views are split into their own chunks: the first chart paints without loading the others.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType<ViewProps>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** The views in the order of the navigation bar; the first is the landing view. */
export const ROUTES: readonly Route[] = [
  { id: 'overview', label: 'nav.overview', view: named(() => import('../features/overview/index.ts'), 'Overview') },
];

export function findRoute(id: string | null): Route {
  return ROUTES.find((r) => r.id === id) ?? (ROUTES[0] as Route);
}
