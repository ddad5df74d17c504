import { Converter } from 'opencc-js/t2cn';
import { labelFixes } from './rules.ts';

/** Normalised text and, for each of its characters, the index of the raw character it came from. */
export interface Normalized {
  text: string;
  map: number[];
}

/** CJK Radicals Supplement look-alikes that NFKC leaves alone (PDF fonts emit them). */
const RADICALS: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺈': '刀', '⺊': '卜', '⺌': '小', '⺍': '小', '⺎': '兀', '⺏': '尣',
  '⺐': '尢', '⺑': '尣', '⺒': '巳', '⺓': '幺', '⺔': '彐', '⺖': '心', '⺗': '心', '⺘': '手',
  '⺙': '攴', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歹', '⺟': '母', '⺠': '民', '⺡': '水',
  '⺢': '水', '⺣': '火', '⺤': '爪', '⺥': '爪', '⺦': '丬', '⺧': '牛', '⺨': '犬', '⺩': '王',
  '⺪': '疋', '⺫': '目', '⺬': '示', '⺭': '示', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺱': '网',
  '⺲': '网', '⺳': '网', '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '老',
  '⺺': '聿', '⺻': '聿', '⺼': '肉', '⺽': '臼', '⺾': '艸', '⺿': '艸', '⻀': '艸', '⻁': '虎',
  '⻂': '衣', '⻃': '西', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝',
  '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '金', '⻑': '长',
  '⻒': '长', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '食', '⻟': '食', '⻠': '饣', '⻡': '首',
  '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻫': '齐', '⻬': '齐', '⻭': '齿', '⻮': '齿', '⻯': '龙', '⻰': '龙', '⻱': '龟',
  '⻲': '龟', '⻳': '龟',
};

/** Characters NFKC keeps that reports use for the same thing. */
const PUNCT: Record<string, string> = {
  '\u00a0': ' ', '\u3000': ' ', '〈': '(', '〉': ')', '【': '[', '】': ']', '“': '"', '”': '"',
  '‘': "'", '’': "'", '，': ',', '．': '.', '︰': ':',
};

const toSimplified = Converter({ from: 'tw', to: 'cn' });

const charCache = new Map<string, string>();

function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) return ch;
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  const r = RADICALS[ch] ?? PUNCT[ch];
  const n = r ?? ch.normalize('NFKC');
  const out = n.length > 0 && n.length <= 3 ? n : ch;
  charCache.set(ch, out);
  return out;
}

const hanCache = new Map<string, string>();
/** Per BMP code unit: 0 not looked up yet, 1 Simplified already, 2 has a Simplified form (in hanCache). */
const hanState = new Uint8Array(0x10000);

/** Character-level Traditional→Simplified (cached): tells whether a text needs phrase-level conversion. */
function simplifyChar(ch: string): string {
  const bmp = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (bmp >= 0 && hanState[bmp] === 1) return ch;
  let out = hanCache.get(ch);
  if (out === undefined) {
    const s = toSimplified(ch);
    out = s.length === ch.length ? s : ch;
    if (bmp >= 0) hanState[bmp] = out === ch ? 1 : 2;
    if (out !== ch || bmp < 0) hanCache.set(ch, out);
  }
  return out;
}

function hasTraditional(n: string): boolean {
  for (const c of n) if (c.charCodeAt(0) >= 0x3400 && simplifyChar(c) !== c) return true;
  return false;
}

/** NFKC, radical look-alikes, width and Traditional→Simplified, keeping a map back to the raw text. */
export function normalize(raw: string): Normalized {
  let text = '';
  const map: number[] = [];
  let traditional = false;
  let i = 0;
  for (const ch of raw) {
    const n = normalizeChar(ch);
    if (!traditional && n.charCodeAt(0) >= 0x3400) traditional = hasTraditional(n);
    if (n.length === 1) map.push(i);
    else for (let k = 0; k < n.length; k++) map.push(i);
    text += n;
    i += ch.length;
  }
  if (!traditional) return { text, map };
  const phrases = toSimplified(text);
  return { text: phrases.length === text.length ? phrases : [...text].map(simplifyChar).join(''), map };
}

const labelCache = new Map<string, string>();

/** A label's text with typos and variants rewritten and whitespace removed, for matching only. */
export function canonicalLabel(text: string): string {
  const cached = labelCache.get(text);
  if (cached !== undefined) return cached;
  let out = text;
  for (const [re, to] of labelFixes) out = out.replace(re, to);
  // Labels repeat across every report of a template: a bounded cache keeps the regex passes off the hot path.
  if (labelCache.size >= 20_000) labelCache.clear();
  labelCache.set(text, out);
  return out;
}
