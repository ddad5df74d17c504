import type { Completion } from '@codemirror/autocomplete';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import type { SQLNamespace } from '@codemirror/lang-sql';
import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Ref } from 'react';
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { SchemaTable } from './schema-query.ts';

/** What the console does to the editor from outside. */
export interface SqlEditorHandle {
  /** Replace the whole text (examples, history, saved queries). */
  setText(text: string): void;
  /** Insert at the cursor (a name picked in the schema browser). */
  insert(text: string): void;
  /** Mark a span as an error; an empty list clears the marks. */
  mark(diagnostics: { from: number; to: number; message: string }[]): void;
}

interface SqlEditorProps {
  initial: string;
  schema: readonly SchemaTable[];
  label: string;
  onChange: (text: string) => void;
  onRun: () => void;
  handle: Ref<SqlEditorHandle>;
}

/** Completion options from DuckDB's own catalogue: tables with their columns, types and descriptions. */
export function completionSchema(tables: readonly SchemaTable[]): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const t of tables) {
    const columns: Completion[] = t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: c.description || undefined }));
    namespace[t.name] = { self: { label: t.name, type: t.kind === 'view' ? 'class' : 'type', info: t.description || undefined }, children: columns };
  }
  return namespace;
}

const language = (tables: readonly SchemaTable[]) => sql({ dialect: PostgreSQL, schema: completionSchema(tables), upperCaseKeywords: true });

/** CodeMirror 6 with SQL highlighting, completion of table and column names, and Ctrl/Cmd+Enter to run. */
export function SqlEditor({ initial, schema, label, onChange, onRun, handle }: SqlEditorProps) {
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const lang = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  useEffect(() => {
    const editor = new EditorView({
      doc: initial,
      parent: box.current as HTMLDivElement,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) }])),
        basicSetup,
        lang.current.of(language([])),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; its text then belongs to CodeMirror.
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: lang.current.reconfigure(language(schema)) });
  }, [schema]);

  useImperativeHandle(handle, () => ({
    setText(text) {
      const v = view.current;
      v?.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: EditorSelection.cursor(text.length) });
      v?.focus();
    },
    insert(text) {
      const v = view.current;
      v?.dispatch(v.state.replaceSelection(text));
      v?.focus();
    },
    mark(diagnostics) {
      const v = view.current;
      if (!v) return;
      const length = v.state.doc.length;
      const clamped = diagnostics.map((d) => ({
        from: Math.min(d.from, length),
        to: Math.min(Math.max(d.to, d.from), length),
        message: d.message,
        severity: 'error' as const,
      }));
      v.dispatch(setDiagnostics(v.state, clamped));
    },
  }));

  return <div ref={box} className="sql-editor" data-testid="sql-editor" />;
}
