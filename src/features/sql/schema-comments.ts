/** What schema.sql's comments say about one table or view. */
export interface TableNotes {
  description: string;
  columns: Record<string, string>;
}

const CREATE = /^CREATE\s+(?:OR\s+REPLACE\s+)?(TABLE|VIEW)\s+(\w+)/i;
const CONSTRAINT = /^(PRIMARY|UNIQUE|CHECK|FOREIGN|CONSTRAINT)\b/i;

/** The text before a `--` that is not inside a string literal, and the comment after it. */
function splitComment(line: string): [string, string] {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "'") quoted = !quoted;
    else if (!quoted && line.startsWith('--', i)) return [line.slice(0, i), line.slice(i + 2).trim()];
  }
  return [line, ''];
}

/** The column a line defines: a table's first word, or a view's last `AS alias`. */
function definedColumn(code: string, kind: string): string | undefined {
  if (kind === 'TABLE') {
    const trimmed = code.trim();
    return CONSTRAINT.test(trimmed) ? undefined : /^"?(\w+)"?/.exec(trimmed)?.[1];
  }
  const aliases = [...code.matchAll(/\bAS\s+"?(\w+)"?/gi)];
  return aliases[aliases.length - 1]?.[1];
}

/**
 * Descriptions of tables, views and columns from schema.sql: the `--` lines right above a CREATE describe
 * it, a trailing `-- …` describes the column defined on that line.
 */
export function parseSchemaComments(schema: string): Record<string, TableNotes> {
  const notes: Record<string, TableNotes> = {};
  let pending: string[] = [];
  let current: { name: string; kind: string } | null = null;
  for (const line of schema.split(/\r?\n/)) {
    const [code, comment] = splitComment(line);
    const create = CREATE.exec(code.trim());
    if (create) {
      const [, kind = '', name = ''] = create;
      current = { name, kind: kind.toUpperCase() };
      notes[name] = { description: pending.join(' '), columns: {} };
      pending = [];
    } else if (!code.trim()) {
      pending = comment ? [...pending, comment] : [];
    } else if (current && comment) {
      const column = definedColumn(code, current.kind);
      if (column) (notes[current.name] as TableNotes).columns[column] = comment;
    }
    if (current && code.trim().endsWith(';')) current = null;
  }
  return notes;
}

/** A column's description; a view column without its own comment borrows the same-named table column's. */
export function describeColumn(notes: Record<string, TableNotes>, table: string, column: string): string {
  const own = notes[table]?.columns[column];
  if (own) return own;
  for (const t of Object.values(notes)) if (t.columns[column]) return t.columns[column] as string;
  return '';
}
