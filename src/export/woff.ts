import { unzlibSync } from 'fflate';

/**
 * WOFF 1.0 → the sfnt (TTF/OTF) it wraps. HarfBuzz's subsetter reads sfnt only, and WOFF 1.0 is zlib per
 * table (https://www.w3.org/TR/WOFF/), so fflate suffices; WOFF2 would need a Brotli + transform decoder.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [src.getUint32(at + 4), src.getUint32(at + 8), src.getUint32(at + 12)];
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: src.getUint32(at),
      checksum: src.getUint32(at + 16),
      data: compLength < origLength ? unzlibSync(raw) : raw,
    };
  });
  const headerLength = 12 + 16 * numTables;
  const total = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const dst = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(numTables));
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, 16 * 2 ** log2);
  dst.setUint16(8, log2);
  dst.setUint16(10, 16 * numTables - 16 * 2 ** log2);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    dst.setUint32(rec, t.tag);
    dst.setUint32(rec + 4, t.checksum);
    dst.setUint32(rec + 8, offset);
    dst.setUint32(rec + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
