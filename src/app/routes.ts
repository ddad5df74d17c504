import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { Filters } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';

/** What every view receives from the shell. */
export interface ViewProps {
  filters: Filters;
}

/**
 * The dashboard filters a view reads: all; all but the agency kind (the view picks a peer group of one
 * kind itself); only to narrow its own picker of agencies or reports; or none (the bar is hidden).
 */
export type FilterScope = 'all' | 'peer' | 'picker' | 'none';

export interface Route {
  id: string;
  label: MessageKey;
  view: ComponentType<ViewProps>;
  filters: FilterScope;
}

// Views are split into their own chunks: the first chart paints without loading the others.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType<ViewProps>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

/** The views in the order of the navigation bar; the first is the landing view. */
export const ROUTES: readonly Route[] = [
  { id: 'overview', label: 'nav.overview', view: named(() => import('../features/overview/index.ts'), 'Overview'), filters: 'all' },
  { id: 'requests', label: 'nav.requests', view: named(() => import('../features/requests/index.ts'), 'Requests'), filters: 'all' },
  { id: 'litigation', label: 'nav.litigation', view: named(() => import('../features/litigation/index.ts'), 'Litigation'), filters: 'all' },
  { id: 'disclosure', label: 'nav.disclosure', view: named(() => import('../features/disclosure/index.ts'), 'Disclosure'), filters: 'all' },
  { id: 'compare', label: 'nav.compare', view: named(() => import('../features/compare/index.ts'), 'Compare'), filters: 'peer' },
  { id: 'quality', label: 'nav.quality', view: named(() => import('../features/quality/index.ts'), 'Quality'), filters: 'all' },
  { id: 'agency', label: 'nav.agency', view: named(() => import('../features/agency/index.ts'), 'Agency'), filters: 'picker' },
  { id: 'report', label: 'nav.report', view: named(() => import('../features/report/index.ts'), 'Report'), filters: 'picker' },
  { id: 'sql', label: 'nav.sql', view: named(() => import('../features/sql/index.ts'), 'SqlConsole'), filters: 'none' },
  { id: 'print', label: 'nav.print', view: named(() => import('../features/print/index.ts'), 'Print'), filters: 'all' },
  { id: 'import', label: 'nav.import', view: named(() => import('../features/import/index.ts'), 'Import'), filters: 'none' },
];

export function findRoute(id: string | null): Route {
  return ROUTES.find((r) => r.id === id) ?? (ROUTES[0] as Route);
}
