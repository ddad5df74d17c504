import type { CellValue } from '../domain/index.ts';
import { MAX_DIGITS, type RowSplits } from './splits.ts';
import type { Atom, Slot, Token } from './types.ts';

const NUMBER = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万元|元)?$/;

/** Plain digits, short enough to be one count: most cells, read without the full number pattern. */
function isCount(text: string): boolean {
  if (text.length === 0 || text.length > MAX_DIGITS) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A value token as one slot of a row: blank, null-like (—, /, 无), a number, or a digit run that may be
 * split — only when it touches other text in its cell, so a blank cell in a spaced row is never guessed.
 */
export function atomOf(t: Token): Atom {
  if (t.kind === 'num' && isCount(t.text)) {
    const atom: Atom = { value: Number(t.text), raw: t.raw, pos: t.pos };
    if (t.glued) atom.digits = t.text;
    return atom;
  }
  const m = t.kind === 'num' ? NUMBER.exec(t.text) : null;
  if (!m?.[2]) return { value: null, raw: t.raw, pos: t.pos };
  const [, sign = '', written, unit] = m;
  const digits = written.replaceAll(',', '');
  const tooLong = (digits.split('.')[0]?.length ?? 0) > MAX_DIGITS;
  const atom: Atom = { value: tooLong ? null : Number(`${sign}${digits}`), raw: t.raw, pos: t.pos };
  if (unit === '元' || unit === '万元') atom.unit = unit;
  // Glued cells end at the unit or the decimals: `335.61万元` may be 3|35.61万元, never 335.6|1万元.
  const glued = t.glued ? /^(\d+)(\.\d+)?$/.exec(written) : null;
  if (glued?.[1]) {
    atom.digits = glued[1];
    if (glued[2]) atom.fraction = glued[2];
  }
  if (atom.digits && (sign === '+' || sign === '-')) atom.sign = sign;
  return atom;
}

/** What settling a row's candidates yields. */
export interface Settled {
  cells: Record<string, CellValue>;
  ambiguous: Record<string, number[]>;
}

function toCell(slot: Slot): CellValue {
  const cell: CellValue = { value: slot.value, raw: slot.raw, source: slot.pos };
  if (slot.unit) cell.unit = slot.unit;
  return cell;
}

const keyCache = new WeakMap<readonly string[], Map<string, string[]>>();

/** `${prefix}.${col}` for each column, built once per table row. */
function keysOf(prefix: string, cols: readonly string[]): string[] {
  let byPrefix = keyCache.get(cols);
  if (!byPrefix) keyCache.set(cols, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) byPrefix.set(prefix, (keys = cols.map((col) => `${prefix}.${col}`)));
  return keys;
}

/** One value per column when every candidate agrees; otherwise null, listed with its candidates. Adds them to `out`. */
export function settleRow(prefix: string, cols: readonly string[], splits: RowSplits | undefined, raw = '', out: Settled = { cells: {}, ambiguous: {} }): Settled {
  const vectors = splits?.vectors ?? [];
  const only = vectors.length === 1 && !splits?.capped ? vectors[0] : undefined;
  keysOf(prefix, cols).forEach((key, j) => {
    const slot = only?.[j];
    if (slot) {
      out.cells[key] = toCell(slot);
      return;
    }
    const slots = vectors.map((v) => v[j]).filter((s): s is Slot => s !== undefined);
    const first = slots[0];
    if (!first) {
      out.cells[key] = { value: null, raw: vectors.length === 0 ? raw : '' };
      return;
    }
    const values = [...new Set(slots.map((s) => s.value))];
    if (values.length === 1 && !splits?.capped) {
      out.cells[key] = toCell(first);
      return;
    }
    out.cells[key] = { value: null, raw, source: first.pos, ...(first.unit ? { unit: first.unit } : {}) };
    out.ambiguous[key] = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  });
  return out;
}

const toWan = (value: number): number => Number((value / 10_000).toFixed(10));

/** Candidates of an ambiguous money cell, in 万元 like its settled value would be. */
export function moneyCandidates(values: readonly number[], unit: CellValue['unit']): number[] {
  return unit === '元' ? values.map(toWan) : [...values];
}

/** Money in 万元: a unit in the cell wins, then one in the header; none leaves the number as written. */
export function moneyCell(cell: CellValue, headerUnit: '元' | '万元' | undefined): CellValue {
  const unit = cell.unit ?? headerUnit;
  if (cell.value === null) return unit ? { ...cell, unit } : cell;
  if (unit === '元') return { ...cell, value: toWan(cell.value), unit };
  return { ...cell, unit: unit ?? 'unknown' };
}
