import type { Connector } from '../../db/index.ts';
import { restoreWorkspace } from './apply-workspace.ts';
import { readStoredWorkspace } from './workspace-store.ts';

/**
 * Load the workspace saved by earlier imports (after the built-in data); failures are logged, never fatal.
 * Returns how many imported files it loaded.
 */
export async function restoreStoredWorkspace(db: Connector): Promise<number> {
  try {
    const { loaded, failed } = await restoreWorkspace(db, await readStoredWorkspace());
    for (const f of failed) console.warn(`saved import not restored: ${f}`);
    return loaded;
  } catch (e) {
    console.warn(`saved workspace unreadable: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  }
}
