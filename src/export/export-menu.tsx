import { useState } from 'react';
import type { Connector } from '../db/index.ts';
import type { BatchItem } from './batch.ts';
import type { ExportSpec } from './briefing.ts';
import type { Lang } from './dictionary.ts';
import { menuWord } from './menu-words.ts';
import './export.css';

/** A batch a card offers next to its single export, e.g. "this chart for every agency". */
export interface BatchSpec {
  label: string;
  /** Base of the ZIP's name, e.g. 公开率_各机关. */
  name: string;
  items: () => Promise<BatchItem[]>;
}

export interface ExportMenuProps extends ExportSpec {
  db: Connector;
  lang: Lang;
  batches?: readonly BatchSpec[];
}

type Dialog = typeof import('./export-dialog.tsx').ExportDialog;

let dialog: Promise<Dialog> | undefined;

/**
 * The dialog and everything it writes with (pinyin names, ECharts SSR, XLSX, ZIP) is one lazy chunk,
 * fetched once when a pointer or the keyboard reaches an export button: every card has one, so this
 * module must stay light. A failed fetch is forgotten, so the next click tries again.
 */
function loadDialog(): Promise<Dialog> {
  dialog ??= import('./export-dialog.tsx').then(
    (m) => m.ExportDialog,
    (e: unknown) => {
      dialog = undefined;
      throw e;
    },
  );
  return dialog;
}

const warm = () => void loadDialog().catch(() => undefined);

/** The export button for a card's `actions`: opens a dialog offering PNG, SVG, CSV, XLSX and Parquet. */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const [problem, setProblem] = useState('');
  const pending = open && !Dialog;
  const show = () => {
    setOpen(true);
    setProblem('');
    if (Dialog) return;
    loadDialog().then(
      (d) => setDialog(() => d),
      (e: unknown) => {
        setOpen(false);
        setProblem(menuWord(props.lang, 'failed', { message: e instanceof Error ? e.message : String(e) }));
      },
    );
  };
  return (
    <>
      <button
        type="button"
        className="export-open"
        aria-haspopup="dialog"
        aria-busy={pending || undefined}
        aria-label={menuWord(props.lang, 'openLabel', { title: props.title })}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={show}
      >
        {menuWord(props.lang, 'open')}
      </button>
      {pending ? <span role="status" className="export-pending">{menuWord(props.lang, 'opening')}</span> : null}
      {problem ? <span role="alert" className="export-pending">{problem}</span> : null}
      {open && Dialog ? <Dialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
