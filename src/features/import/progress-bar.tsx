import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { ParseProgress } from './parse-pool.ts';

/** Files done of total, the file being read, time left, and a cancel button. */
export function ProgressBar({ progress, onCancel }: { progress: ParseProgress; onCancel: () => void }) {
  const { t } = useDictionary(DICT);
  return (
    <div className="import-progress" data-testid="import-progress" aria-live="polite">
      <progress max={progress.total} value={progress.done} />
      <span>{t('progress', { done: progress.done, total: progress.total })}</span>
      {progress.current ? <span className="import-current">{t('current', { file: progress.current })}</span> : null}
      {progress.msLeft !== null ? <span>{t('timeLeft', { s: Math.ceil(progress.msLeft / 1000) })}</span> : null}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
