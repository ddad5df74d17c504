import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useConnector, useDictionary, useUrlParams } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import { EXAMPLES } from './examples.ts';
import type { ResultExport } from './export-result.ts';
import { RESULT_EXPORTS } from './export-result.ts';
import { PackRegions } from './pack-regions.tsx';
import { QueryLists } from './query-lists.tsx';
import { HISTORY_KEY, isSaved, isString, pushHistory, removeSaved, SAVED_KEY, saveQuery } from './query-store.ts';
import { failureText, ResultPanel } from './result-panel.tsx';
import { ConsoleError, runConsole } from './run-console.ts';
import { SchemaBrowser } from './schema-browser.tsx';
import { schemaQuery } from './schema-query.ts';
import type { SqlEditorHandle } from './sql-editor.tsx';
import { SqlEditor } from './sql-editor.tsx';
import { useStoredList } from './use-stored-list.ts';
import type { Filters } from '../../queries/index.ts';

function download(bytes: Uint8Array, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SQL console: a read-only editor over the loaded data, with results, chart, export and history. */
export function SqlConsole({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t } = useDictionary(DICTIONARY);
  const [params, setParams] = useUrlParams();
  const [initial] = useState(() => params.get('q') ?? EXAMPLES[0]?.sql ?? '');
  const text = useRef(initial);
  const editor = useRef<SqlEditorHandle>(null);
  const controller = useRef<AbortController | null>(null);
  const { data: schema } = useSuspenseQuery(schemaQuery(db));
  const [history, setHistory] = useStoredList(HISTORY_KEY, isString);
  const [saved, setSaved] = useStoredList(SAVED_KEY, isSaved);
  const run = useMutation({
    mutationFn: ({ script, signal }: { script: string; signal: AbortSignal }) => runConsole(db, script, signal),
  });
  const exporting = useMutation({
    mutationFn: async (format: ResultExport) => {
      if (!run.data) throw new Error('no result');
      download(await format.build(db, run.data.last), format.mime, `sql-console.${format.extension}`);
    },
  });

  const start = (script = text.current) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setHistory(pushHistory(history, script));
    setParams({ q: script.trim() || null });
    run.mutate({ script, signal: c.signal });
  };

  useEffect(() => {
    if (params.get('q')) start(initial);
    return () => controller.current?.abort();
    // A shared link runs its query once, when the console opens.
  }, []);

  // Back and forward bring the query of that history entry back into the editor.
  const urlQuery = params.get('q');
  useEffect(() => {
    if (urlQuery !== null && urlQuery !== text.current.trim()) editor.current?.setText(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const failure = run.error instanceof ConsoleError ? run.error.failure : null;
    if (failure?.kind === 'engine' && failure.span) editor.current?.mark([{ ...failure.span, message: failure.summary }]);
    else if (failure?.kind === 'refused') {
      const { refusal } = failure;
      editor.current?.mark([{ from: refusal.start, to: refusal.end, message: failureText(t, failure).text }]);
    } else editor.current?.mark([]);
  }, [run.error]);

  return (
    <div className="sql-console">
      <aside className="card sql-side">
        <h2>{t('schema')}</h2>
        <SchemaBrowser tables={schema} onPick={(name) => editor.current?.insert(name)} />
        <QueryLists
          saved={saved}
          history={history}
          onPick={(sql) => editor.current?.setText(sql)}
          onRemove={(name) => setSaved(removeSaved(saved, name))}
        />
      </aside>
      <section className="sql-main">
        <div className="card">
          <SqlEditor initial={initial} schema={schema} label={t('editor')} handle={editor} onChange={(v) => (text.current = v)} onRun={() => start()} />
          <div className="sql-toolbar">
            <button type="button" className="primary" onClick={() => start()} disabled={run.isPending}>
              {t('run')}
            </button>
            <button type="button" onClick={() => controller.current?.abort()} disabled={!run.isPending}>
              {t('cancel')}
            </button>
            <button type="button" onClick={() => {
              const name = window.prompt(t('saveName'));
              if (name) setSaved(saveQuery(saved, { name, sql: text.current }));
            }}>
              {t('save')}
            </button>
            {RESULT_EXPORTS.map((f) => (
              <button key={f.id} type="button" disabled={!run.data || run.isPending || exporting.isPending} onClick={() => exporting.mutate(f)}>
                {t('export', { format: f.extension.toUpperCase() })}
              </button>
            ))}
            <span className="note">{t('runHint')}</span>
          </div>
          <p className="note">{t('readOnly')}</p>
          <PackRegions />
          {exporting.error ? <p role="alert" className="error">{t('exportFailed', { message: exporting.error.message })}</p> : null}
        </div>
        <ResultPanel pending={run.isPending} run={run.data} error={run.error} runKey={run.submittedAt} dataset={filters.dataset} />
      </section>
    </div>
  );
}
