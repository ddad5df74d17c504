import type { Connector } from '../db/index.ts';
import type { ExportFormat, ExportSpec, ExportTools } from './briefing.ts';
import { briefingTexts } from './briefing.ts';
import { exportFile, exportName } from './export-file.ts';
import type { Lang } from './dictionary.ts';
import type { NameScript } from './file-name.ts';
import type { ImagePreset } from './presets.ts';
import type { ZipEntry } from './zip.ts';
import { zipEntries } from './zip.ts';

/** One file of a batch: the spec of a chart for one agency (or one indicator), and what tells it apart. */
export interface BatchItem {
  spec: ExportSpec;
  /** Added to the file name when region and subject alone would repeat. */
  extra?: string;
}

/** Options shared by every file of a batch. */
export interface BatchOptions {
  format: ExportFormat;
  lang: Lang;
  script: NameScript;
  preset: ImagePreset;
  onProgress?: (done: number, total: number) => void;
}

/** Every item exported with its own briefing texts, then zipped: one archive for a briefing pack. */
export async function exportBatch(db: Connector, tools: ExportTools, items: readonly BatchItem[], o: BatchOptions): Promise<Blob> {
  const entries: ZipEntry[] = [];
  for (const item of items) {
    const { scope, ...texts } = await briefingTexts(db, item.spec, o.lang);
    const blob = await exportFile(db, tools, item.spec, o.format, texts, o.preset);
    entries.push({ name: exportName(item.spec, scope, o.script, o.format, item.extra), bytes: new Uint8Array(await blob.arrayBuffer()) });
    o.onProgress?.(entries.length, items.length);
  }
  return new Blob([zipEntries(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
