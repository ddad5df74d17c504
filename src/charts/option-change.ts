/**
 * How a chart gets from the option it drew to the next one.
 * - 'same': deep-equal, nothing to draw.
 * - 'merge': the same components with the same properties, only values differ (a filter change). ECharts'
 *   merge then gives exactly what a fresh option would, while keeping its components, views and text
 *   measurements: about half the work of a rebuild.
 * - 'replace': anything else (a component or property added or dropped, a series' type changed). A merge
 *   would keep what the new option leaves out, so the chart is rebuilt.
 */
export type OptionChange = 'same' | 'merge' | 'replace';

type Json = unknown;

// ECharts writes into option objects it was given (some hold references back up the tree): deeper than any
// option we build means such a cycle, and the chart is rebuilt rather than compared forever.
const MAX_DEPTH = 24;

const isPlainObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function rank(a: OptionChange, b: OptionChange): OptionChange {
  return a === 'replace' || b === 'replace' ? 'replace' : a === 'merge' || b === 'merge' ? 'merge' : 'same';
}

/** Values that ECharts replaces whole when merging (arrays, functions, primitives): equal or merely different. */
function leaf(a: Json, b: Json, depth: number): OptionChange {
  if (a === b) return 'same';
  if (depth > MAX_DEPTH) return 'merge';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return 'merge';
    for (let i = 0; i < a.length; i++) if (compare(a[i], b[i], false, depth + 1) !== 'same') return 'merge';
    return 'same';
  }
  if (isPlainObject(a) && isPlainObject(b)) return compare(a, b, false, depth + 1) === 'same' ? 'same' : 'merge';
  return Number.isNaN(a) && Number.isNaN(b) ? 'same' : 'merge';
}

/** Objects merge key by key: both must have the same keys; `type` must not change (a new kind of series). */
function compare(a: Json, b: Json, structural: boolean, depth: number): OptionChange {
  if (depth > MAX_DEPTH) return a === b ? 'same' : 'replace';
  if (!structural || !isPlainObject(a) || !isPlainObject(b)) {
    if (structural && (isPlainObject(a) || isPlainObject(b))) return a === b ? 'same' : 'replace';
    return leaf(a, b, depth);
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return 'replace';
  let change: OptionChange = 'same';
  for (const k of keys) {
    if (!(k in b)) return 'replace';
    const next = k === 'type' && a[k] !== b[k] ? 'replace' : compare(a[k], b[k], true, depth + 1);
    change = rank(change, next);
    if (change === 'replace') return change;
  }
  return change;
}

/** Top-level arrays are lists of components, merged by position: same length, each merged as an object. */
export function optionChange(drawn: Record<string, Json>, next: Record<string, Json>): OptionChange {
  const keys = Object.keys(drawn);
  if (keys.length !== Object.keys(next).length) return 'replace';
  let change: OptionChange = 'same';
  for (const k of keys) {
    if (!(k in next)) return 'replace';
    const a = drawn[k];
    const b = next[k];
    let c: OptionChange;
    if (Array.isArray(a) && Array.isArray(b) && (a.some(isPlainObject) || b.some(isPlainObject))) {
      c = a.length !== b.length ? 'replace' : a.reduce<OptionChange>((acc, x, i) => rank(acc, compare(x, b[i], true, 1)), 'same');
    } else c = compare(a, b, true, 1);
    change = rank(change, c);
    if (change === 'replace') return change;
  }
  return change;
}
