import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { blobOf, download } from '../../export/index.ts';
import { checkInWorker, loadFindings } from '../../load/index.ts';
import { useConnector, useDictionary } from '../../ui/index.ts';
import { clearImported } from './apply-workspace.ts';
import { DICT } from './dictionary.ts';
import { resetViews } from './reset-views.ts';
import { clearStoredWorkspace, storedWorkspaceQuery } from './workspace-store.ts';
import { EMPTY_WORKSPACE } from './workspace.ts';
import { encodeWorkspaceAsync } from './workspace-async.ts';

/** How many imports are saved, with export and clear-all. */
export function WorkspaceBar() {
  const { t } = useDictionary(DICT);
  const db = useConnector();
  const client = useQueryClient();
  const { data: ws } = useSuspenseQuery(storedWorkspaceQuery);
  return (
    <div className="import-workspace" data-testid="import-workspace">
      <span>{ws.batches.length > 0 ? t('saved', { n: ws.batches.length }) : t('savedNone')}</span>
      <button type="button" disabled={ws.batches.length === 0} onClick={async () => download(blobOf(await encodeWorkspaceAsync(ws), 'application/zip'), 'atlas-workspace.zip')}>
        {t('export')}
      </button>
      <button
        type="button"
        disabled={ws.batches.length === 0}
        onClick={async () => {
          if (!window.confirm(t('clearConfirm'))) return;
          await clearStoredWorkspace();
          await clearImported(db);
          await loadFindings(db, checkInWorker);
          await resetViews(client, EMPTY_WORKSPACE);
        }}
      >
        {t('clear')}
      </button>
    </div>
  );
}
