import type { PackFile } from './manifest.ts';

/** Reads one file of the pack by its path (fetch in the browser, the file system in Node). */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** gzip's magic number. */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Fetch one file of the pack, checked against the manifest's size; errors name the file. */
export async function fetchPackFile(fetchBytes: FetchBytes, dir: string, f: PackFile): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(dir + f.file);
  } catch (e) {
    throw new Error(`${dir + f.file}: missing or unreadable (${message(e)})`);
  }
  // Servers that send `.gz` files with Content-Encoding: gzip (sirv, Apache's AddEncoding) have the browser
  // hand over the decoded bytes: their size cannot be checked, the CSV reader still checks their shape.
  const decodedByServer = f.file.endsWith('.gz') && !isGzip(bytes);
  if (bytes.length !== f.bytes && !decodedByServer) throw new Error(`${dir + f.file}: ${bytes.length} bytes, the manifest says ${f.bytes} (truncated or replaced)`);
  return bytes;
}
