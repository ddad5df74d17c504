/** A file the user dropped or picked, with its folder path ("a/b/c.pdf"). */
export interface PickedFile {
  path: string;
  file: File;
}

export const MAX_BYTES = 50 * 1024 * 1024;
const REPORT_EXT = /\.(pdf|html?|xhtml|mht|txt|docx?)$/i;
const TABLE_NAME = /(^|\/)(agencies|reports|cells)\.(csv|json|parquet)$/i;

/** What a picked file is, decided from its size and name alone (before reading it). */
export type Intake =
  | { kind: 'report' }
  | { kind: 'table'; table: 'agencies' | 'reports' | 'cells'; folder: string }
  | { kind: 'workspace' }
  | { kind: 'refused'; reason: 'tooLarge' | 'emptyFile' | 'badType'; ext: string };

/** Sort a picked file by name and size; huge and empty files are refused unread. */
export function classify(f: PickedFile): Intake {
  const ext = /\.[^./]+$/.exec(f.path)?.[0]?.toLowerCase() ?? '';
  // Read once: a picked file's size is asked of the file system each time.
  const size = f.file.size;
  if (size >= MAX_BYTES) return { kind: 'refused', reason: 'tooLarge', ext };
  if (size === 0) return { kind: 'refused', reason: 'emptyFile', ext };
  const table = TABLE_NAME.exec(f.path);
  if (table) return { kind: 'table', table: (table[2] as string).toLowerCase() as 'agencies', folder: f.path.slice(0, table.index) };
  if (ext === '.zip') return { kind: 'workspace' };
  if (REPORT_EXT.test(f.path)) return { kind: 'report' };
  return { kind: 'refused', reason: 'badType', ext: ext || f.path };
}

/** Files of an <input type=file>, with their folder path when a folder was picked. */
export function fromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most 100 entries per call: read until it returns none.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const child of batch) await walk(child, out);
    }
  }
}

/** Files of a drop, folders walked recursively (DataTransferItem.webkitGetAsEntry). */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  if (entries.every((e) => e === null)) return fromInput(data.files);
  const out: PickedFile[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry) await walk(entry, out);
    else {
      const file = data.files[i];
      if (file) out.push({ path: file.name, file });
    }
  }
  return out;
}
