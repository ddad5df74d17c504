import { useDictionary } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import type { SchemaTable } from './schema-query.ts';

/** Tables and views with their columns, types and schema.sql descriptions; a click inserts the name. */
export function SchemaBrowser({ tables, onPick }: { tables: readonly SchemaTable[]; onPick: (name: string) => void }) {
  const { t } = useDictionary(DICTIONARY);
  return (
    <div className="sql-schema" data-testid="sql-schema">
      {tables.map((table) => (
        <details key={table.name}>
          <summary title={table.description}>
            <code>{table.name}</code> <span className="sql-kind">{t(table.kind)}</span>
          </summary>
          {table.description ? <p className="note">{table.description}</p> : null}
          <button type="button" className="sql-insert" onClick={() => onPick(table.name)}>
            + {table.name}
          </button>
          <ul>
            {table.columns.map((c) => (
              <li key={c.name} title={c.description}>
                <button type="button" className="sql-insert" onClick={() => onPick(c.name)}>
                  {c.name}
                </button>{' '}
                <span className="sql-type">{c.type}</span>
                {c.description ? <span className="sql-desc"> — {c.description}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
