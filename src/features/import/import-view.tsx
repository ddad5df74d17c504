import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ViewProps } from '../../app/routes.ts';
import { Boundary, Card, useConnector, useDictionary } from '../../ui/index.ts';
import { updateFindings } from '../../load/index.ts';
import { DICT } from './dictionary.ts';
import { DropZone } from './drop-zone.tsx';
import type { PickedFile } from './file-intake.ts';
import { loadItems } from './load-items.ts';
import type { ParseProgress } from './parse-pool.ts';
import { ProgressBar } from './progress-bar.tsx';
import { readPicked } from './read-picked.ts';
import { resetViews } from './reset-views.ts';
import type { ReviewItem } from './review-item.ts';
import { willLoad } from './review-item.ts';
import { ReviewList } from './review-list.tsx';
import { WorkspaceBar } from './workspace-bar.tsx';
import './import.css';
import { storedWorkspaceQuery, storeWorkspace } from './workspace-store.ts';

const AUTHOR_KEY = 'atlas.import.author';

/** The import view: pick or drop files, parse them in workers, review, then load all-or-nothing per file. */
export function Import(_: ViewProps) {
  const { t } = useDictionary(DICT);
  const db = useConnector();
  const client = useQueryClient();
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [progress, setProgress] = useState<ParseProgress | null>(null);
  const [busy, setBusy] = useState<'reading' | 'loading' | null>(null);
  const [summary, setSummary] = useState('');
  const [author, setAuthor] = useState(() => localStorage.getItem(AUTHOR_KEY) ?? '');
  const abort = useRef<AbortController | null>(null);

  const read = async (files: PickedFile[]) => {
    if (files.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setBusy('reading');
    setSummary('');
    try {
      const { identities } = await client.ensureQueryData(storedWorkspaceQuery).catch(() => ({ identities: {} }));
      const next = await readPicked(files, { db, identities, onProgress: setProgress, signal: controller.signal });
      if (controller.signal.aborted) setSummary(t('cancelled', { n: files.length - next.length }));
      setItems(next);
    } finally {
      setProgress(null);
      setBusy(null);
    }
  };

  const load = async () => {
    setBusy('loading');
    try {
      localStorage.setItem(AUTHOR_KEY, author);
      const { outcomes, workspace, changed } = await loadItems(db, items, await client.ensureQueryData(storedWorkspaceQuery), author.trim() || 'anonymous');
      // Saving the workspace (a worker, then OPFS) and the checks (DuckDB, then a worker) overlap.
      await Promise.all([storeWorkspace(workspace), changed.length > 0 ? updateFindings(db, changed) : null]);
      setItems((all) => all.map((i) => ({ ...i, outcome: outcomes.get(i.id) ?? i.outcome })));
      const bad = [...outcomes.values()].filter((o) => !o.ok).length;
      setSummary(t('done', { ok: outcomes.size - bad, bad }));
      await resetViews(client, workspace);
    } finally {
      setBusy(null);
    }
  };

  const pending = items.filter(willLoad).length;
  return (
    <div className="import-view">
      <Card title={t('title')}>
        <p>{t('intro')}</p>
        <DropZone onFiles={(f) => void read(f)} disabled={busy !== null} />
        {progress ? <ProgressBar progress={progress} onCancel={() => abort.current?.abort()} /> : null}
        <Boundary>
          <WorkspaceBar />
        </Boundary>
      </Card>
      {items.length > 0 ? (
        <Card title={t('review')}>
          <div className="import-actions">
            <label>
              {t('author')} <input value={author} onChange={(e) => setAuthor(e.currentTarget.value)} data-field="author" />
            </label>
            <button type="button" className="primary" disabled={busy !== null || pending === 0} onClick={() => void load()}>
              {busy === 'loading' ? t('loading') : t('load', { n: pending })}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setItems([])}>
              {t('discard')}
            </button>
            <span data-testid="import-summary" role="status">{summary}</span>
          </div>
          <ReviewList items={items} onChange={(next) => setItems((all) => all.map((i) => (i.id === next.id ? next : i)))} />
        </Card>
      ) : summary ? (
        <p role="status">{summary}</p>
      ) : null}
    </div>
  );
}
