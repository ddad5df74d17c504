/** Characters per shingle: 5 CJK characters is about two words. */
export const SHINGLE_SIZE = 5;
/** One-permutation MinHash bins: the Jaccard estimate's error is about 0.05 at 0.85. */
const BINS = 64;
const EMPTY = 0xffffffff;

const BASE = 0x01000193;

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Calls visit with the hash of every `size`-character shingle (polynomial rolling hash, then fmix32). */
function eachShingle(text: string, size: number, visit: (h: number, i: number) => void): void {
  let top = 1;
  for (let j = 1; j < size; j++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= size) h = (h - Math.imul(text.charCodeAt(i - size), top)) | 0;
    h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    if (i >= size - 1) visit(fmix(h), i - size + 1);
  }
}

/** One-permutation MinHash of a text's shingles: the smallest hash in each of 64 bins (top 6 bits). */
export function sketch(text: string, size = SHINGLE_SIZE): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  eachShingle(text, size, (h) => {
    const bin = h >>> 26;
    if (h < (sig[bin] ?? EMPTY)) sig[bin] = h;
  });
  return sig;
}

/** Whether the estimated Jaccard similarity (agreeing minima among bins non-empty in either) reaches min. */
export function estimateAtLeast(a: Uint32Array, b: Uint32Array, min: number): boolean {
  const maxMiss = (1 - min) * BINS;
  let same = 0;
  let used = 0;
  for (let i = 0; i < BINS; i++) {
    const x = a[i] ?? EMPTY;
    const y = b[i] ?? EMPTY;
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) same++;
    else if (used - same > maxMiss) return false;
  }
  return used > 0 && same >= min * used;
}

/** A text's shingles as sorted unique hashes, for the exact similarity. */
export function shingleSet(text: string, size = SHINGLE_SIZE): Uint32Array {
  const all = new Uint32Array(Math.max(0, text.length - size + 1));
  eachShingle(text, size, (h, i) => {
    all[i] = h;
  });
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] ?? 0;
  return all.subarray(0, n);
}

/** Exact Jaccard similarity of two sorted unique hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) { both++; i++; j++; } else if (x < y) i++; else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}
