import { useDictionary } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import { EXAMPLES } from './examples.ts';
import type { SavedQuery } from './query-store.ts';

interface QueryListsProps {
  saved: readonly SavedQuery[];
  history: readonly string[];
  onPick: (sql: string) => void;
  onRemove: (name: string) => void;
}

const firstLine = (sql: string) => sql.split('\n').find((l) => l.trim() && !l.trim().startsWith('--')) ?? sql;

/** Example queries, the user's saved queries and the recent history; a click loads one into the editor. */
export function QueryLists({ saved, history, onPick, onRemove }: QueryListsProps) {
  const { t, lang } = useDictionary(DICTIONARY);
  return (
    <>
      <details open className="sql-list" data-testid="sql-examples">
        <summary>{t('examples')}</summary>
        <ul>
          {EXAMPLES.map((e) => (
            <li key={e.id}>
              <button type="button" className="sql-link" onClick={() => onPick(e.sql)} title={e.sql}>
                {e[lang]}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open={saved.length > 0} className="sql-list" data-testid="sql-saved">
        <summary>{t('saved')}</summary>
        {saved.length === 0 ? <p className="note">{t('none')}</p> : null}
        <ul>
          {saved.map((s) => (
            <li key={s.name}>
              <button type="button" className="sql-link" onClick={() => onPick(s.sql)} title={s.sql}>
                {s.name}
              </button>{' '}
              <button type="button" className="sql-remove" aria-label={`${t('remove')} ${s.name}`} onClick={() => onRemove(s.name)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details className="sql-list" data-testid="sql-history">
        <summary>{t('history')}</summary>
        {history.length === 0 ? <p className="note">{t('none')}</p> : null}
        <ul>
          {history.map((h) => (
            <li key={h}>
              <button type="button" className="sql-link mono" onClick={() => onPick(h)} title={h}>
                {firstLine(h)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
