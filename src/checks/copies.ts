import type { ReportRecord } from '../domain/index.ts';
import { estimateAtLeast, jaccard, shingleSet, sketch } from './shingles.ts';
import type { Finding, RuleInfo } from './types.ts';
import { reportId } from './types.ts';

export const COPY_RULES: readonly RuleInfo[] = [
  {
    id: 'C1', family: 'copies', severity: 'warning', nameZh: '数据雷同', nameEn: 'Identical figures',
    descriptionZh: '全部已填数字与另一份报告（同机关其他年度或其他机关）完全相同',
    descriptionEn: 'Every reported number equals another report’s (another year or another agency)',
  },
  {
    id: 'C2', family: 'copies', severity: 'warning', nameZh: '正文雷同', nameEn: 'Near-identical narrative',
    descriptionZh: '正文与另一份报告高度相似（5 字片段 Jaccard ≥ 0.85，数字与机关名不计）',
    descriptionEn: 'The narrative nearly repeats another report’s (5-character shingle Jaccard ≥ 0.85, digits and agency names ignored)',
  },
];

/** C1 needs this many non-zero cells: tiny townships legitimately print the same handful of small numbers. */
export const C1_MIN_NONZERO = 8;
/** …and this many distinct non-zero values (a row, its total and its column repeat one number). */
export const C1_MIN_DISTINCT = 3;
/** C2 threshold on the shingle Jaccard similarity. */
export const C2_THRESHOLD = 0.85;
/** C2 verifies exactly only pairs whose 64-bin MinHash estimate reaches this (misses a 0.85 pair with p ≈ 1e-5). */
const C2_PREFILTER = C2_THRESHOLD - 0.2;
/** C2 ignores narratives shorter than this (characters, whitespace removed): boilerplate dominates them. */
export const C2_MIN_CHARS = 400;

/** Earlier report first: by year, then id in code-point order (locale-independent). */
function order(a: ReportRecord, b: ReportRecord): number {
  const [x, y] = [reportId(a), reportId(b)];
  return a.year - b.year || (x < y ? -1 : x > y ? 1 : 0);
}

const KEY_HASHES = new Map<string, number>();

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

function keyHash(key: string): number {
  let h = KEY_HASHES.get(key);
  if (h === undefined) KEY_HASHES.set(key, (h = stringHash(key)));
  return h;
}

const valueHash = (v: number): number => (Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? mix(v | 0) : stringHash(String(v)));

/** An order-independent hash of a report's non-null cells, or null when it has too few non-zero numbers to judge. */
export function vectorHash(record: ReportRecord): string | null {
  let [h1, h2, n, nonZero] = [0, 0, 0, 0];
  const distinct = new Set<number>();
  for (const key in record.cells) {
    const v = record.cells[key]?.value;
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const [k, x] = [keyHash(key), valueHash(v)];
    h1 = (h1 + mix(k ^ x)) | 0;
    h2 = (h2 + mix(Math.imul(k, 31) + x)) | 0;
    n++;
    if (v !== 0) {
      nonZero++;
      if (distinct.size < C1_MIN_DISTINCT) distinct.add(v);
    }
  }
  return nonZero < C1_MIN_NONZERO || distinct.size < C1_MIN_DISTINCT ? null : `${h1}:${h2}:${n}`;
}

function sameNumbers(a: ReportRecord, b: ReportRecord): boolean {
  let n = 0;
  for (const key in a.cells) {
    const v = a.cells[key]?.value;
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (b.cells[key]?.value !== v) return false;
    n++;
  }
  for (const key in b.cells) {
    const v = b.cells[key]?.value;
    if (v !== null && v !== undefined && Number.isFinite(v)) n--;
  }
  return n === 0;
}

/** Keys of the non-zero cells, sorted: a finding must not depend on the order the cells were read in. */
const nonZeroKeys = (r: ReportRecord): string[] =>
  Object.keys(r.cells).filter((k) => { const v = r.cells[k]?.value; return v !== null && v !== undefined && v !== 0 && Number.isFinite(v); }).sort();

/** C1: reports whose every non-null number equals an earlier report's (`hashOf` may be vectorHash remembered). */
export function checkCopiedFigures(records: readonly ReportRecord[], hashOf: (r: ReportRecord) => string | null = vectorHash): Finding[] {
  const buckets = new Map<string, ReportRecord[]>();
  for (const record of records) {
    const h = hashOf(record);
    if (h === null) continue;
    const bucket = buckets.get(h);
    if (bucket) bucket.push(record);
    else buckets.set(h, [record]);
  }
  const findings: Finding[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort(order);
    const originals: ReportRecord[] = [];
    for (const record of bucket) {
      const first = originals.find((o) => sameNumbers(o, record));
      if (!first) { originals.push(record); continue; }
      if (reportId(record) === reportId(first)) continue;
      const cells = nonZeroKeys(record);
      const own = record.agency.id === first.agency.id;
      findings.push({
        reportId: reportId(record), rule: 'C1', severity: 'warning', cells, expected: null, actual: null,
        relatedReportId: reportId(first),
        messageZh: `全部 ${cells.length} 个非零数字与${own ? '本机关' : first.agency.name} ${first.year} 年报告完全相同（C1）`,
        messageEn: `all ${cells.length} non-zero numbers equal those of ${own ? 'this agency' : first.agency.id}'s ${first.year} report (C1)`,
      });
    }
  }
  return findings;
}

/** Narrative text for comparison: no whitespace, digit runs as '#', the agency's own name as '@'. */
export function comparableText(record: ReportRecord): string {
  const text = Object.values(record.narrative).join('').replace(/\s+/gu, '').replace(/\d+(?:\.\d+)?/gu, '#');
  const name = record.agency.name.replace(/\s+/gu, '');
  return name.length >= 2 ? text.split(name).join('@') : text;
}

/** A narrative long enough to compare, with its MinHash sketch (and its shingle set once needed). */
export interface Narrative {
  record: ReportRecord;
  id: string;
  text: string;
  sig: Uint32Array;
  set?: Uint32Array;
}

/** Exact similarity, building each shingle set once and only for candidate pairs. */
function exact(a: Narrative, b: Narrative): number {
  a.set ??= shingleSet(a.text);
  b.set ??= shingleSet(b.text);
  return jaccard(a.set, b.set);
}

/** A report's narrative as C2 compares it, or null when it is too short to judge. */
export function narrativeOf(record: ReportRecord): Narrative | null {
  const text = comparableText(record);
  return text.length >= C2_MIN_CHARS ? { record, id: reportId(record), text, sig: sketch(text) } : null;
}

/** C2: each report whose narrative nearly repeats an earlier report's names the most similar one (`of` may be narrativeOf remembered). */
export function checkCopiedNarrative(records: readonly ReportRecord[], of: (r: ReportRecord) => Narrative | null = narrativeOf): Finding[] {
  const items: Narrative[] = [];
  for (const record of [...records].sort(order)) {
    const item = of(record);
    if (item) items.push(item);
  }
  const findings: Finding[] = [];
  for (let j = 1; j < items.length; j++) {
    const b = items[j]!;
    let best: { record: ReportRecord; sim: number } | null = null;
    for (let i = 0; i < j; i++) {
      const a = items[i]!;
      if (!estimateAtLeast(a.sig, b.sig, C2_PREFILTER) || a.id === b.id) continue;
      const sim = exact(a, b);
      if (sim >= C2_THRESHOLD && (!best || sim > best.sim)) best = { record: a.record, sim };
    }
    if (!best) continue;
    const pct = Math.round(best.sim * 100);
    const own = best.record.agency.id === b.record.agency.id;
    findings.push({
      reportId: b.id, rule: 'C2', severity: 'warning', cells: [], expected: null, actual: Number(best.sim.toFixed(3)),
      relatedReportId: reportId(best.record),
      messageZh: `正文与${own ? '本机关' : best.record.agency.name} ${best.record.year} 年报告的相似度为 ${pct}%（C2）`,
      messageEn: `the narrative is ${pct}% similar to ${own ? "this agency's" : `${best.record.agency.id}'s`} ${best.record.year} report (C2)`,
    });
  }
  return findings;
}
