import { formatCount, useDictionary } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import type { Refusal } from './read-only-guard.ts';
import { ResultChart } from './result-chart.tsx';
import { ResultsGrid } from './results-grid.tsx';
import type { ConsoleFailure, ConsoleRun } from './run-console.ts';
import { ConsoleError } from './run-console.ts';

type T = (key: keyof (typeof DICTIONARY)['zh'], vars?: Record<string, string | number>) => string;

/** The title and text of a failed run: which statement and why, or DuckDB's own message. */
export function failureText(t: T, failure: ConsoleFailure): { title: string; text: string } {
  if (failure.kind === 'cancelled') return { title: t('cancelled'), text: '' };
  if (failure.kind === 'engine') return { title: `${t('engineTitle')} · ${t('atStatement', { n: failure.statement })}`, text: failure.message };
  const r = failure.refusal;
  return { title: t('refusedTitle'), text: t(`refused.${r.reason}`, { n: r.statement, word: WORD[r.reason](r.detail) }) };
}

const WORD: Record<Refusal['reason'], (detail: string) => string> = {
  empty: (d) => d,
  statement: (d) => d.toUpperCase(),
  keyword: (d) => d.toUpperCase(),
  function: (d) => d,
  path: (d) => `'${d}'`,
  pragma: (d) => d,
};

interface ResultPanelProps {
  pending: boolean;
  run: ConsoleRun | undefined;
  error: Error | null;
  runKey: number;
  /** The dashboard's dataset, named in the source line of a chart export. */
  dataset: string;
}

/** Status, error, grid and chart of the latest run. */
export function ResultPanel({ pending, run, error, runKey, dataset }: ResultPanelProps) {
  const { t } = useDictionary(DICTIONARY);
  if (pending) return <p className="sql-status" data-testid="sql-status" aria-busy="true">{t('running')}</p>;
  if (error) {
    const failure: ConsoleFailure = error instanceof ConsoleError ? error.failure : { kind: 'engine', statement: 1, summary: error.message, message: error.message, span: null };
    const { title, text } = failureText(t, failure);
    return (
      <div role="alert" className={failure.kind === 'cancelled' ? 'notice' : 'error'} data-testid="sql-error" data-kind={failure.kind}>
        <strong>{title}</strong>
        {failure.kind === 'engine' ? <pre>{text}</pre> : text ? <p>{text}</p> : null}
      </div>
    );
  }
  if (!run) return null;
  const n = run.result.rows.length;
  return (
    <>
      <p className="sql-status" data-testid="sql-status">
        <span data-testid="sql-row-count" data-rows={n}>{t('rows', { n: formatCount(n, 'en') })}</span>
        {' · '}
        <span data-testid="sql-elapsed">{t('elapsed', { s: (run.elapsedMs / 1000).toFixed(3) })}</span>
        {run.statements > 1 ? ` · ${t('statements', { n: run.statements })}` : null}
      </p>
      {run.result.columns.length > 0 ? <ResultsGrid key={runKey} result={run.result} /> : null}
      {n === 0 ? <p className="empty">{t('noRows')}</p> : null}
      {n > 0 ? (
        <section className="card sql-chart-card" aria-label={t('chart')}>
          <h2>{t('chart')}</h2>
          <ResultChart key={runKey} result={run.result} statement={run.last} dataset={dataset} />
        </section>
      ) : null}
    </>
  );
}
