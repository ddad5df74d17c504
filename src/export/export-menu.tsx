import { lazy, Suspense, useState } from 'react';
import type { Connector } from '../db/index.ts';
import type { BatchItem } from './batch.ts';
import type { ExportSpec } from './briefing.ts';
import type { Lang } from './dictionary.ts';
import { menuWord } from './menu-words.ts';
import './export.css';

const ExportDialog = lazy(async () => ({ default: (await import('./export-dialog.tsx')).ExportDialog }));

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

/** The export button for a card's `actions`: opens a dialog offering PNG, SVG, CSV, XLSX and Parquet. */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="export-open"
        aria-haspopup="dialog"
        aria-label={menuWord(props.lang, 'openLabel', { title: props.title })}
        onClick={() => setOpen(true)}
      >
        {menuWord(props.lang, 'open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
