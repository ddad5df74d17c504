import { pinyin } from 'pinyin-pro';

/** Whether file names keep Chinese or spell it in pinyin (for systems and mail gateways that mangle CJK names). */
export type NameScript = 'zh' | 'pinyin';

/** What a file holds, in the order its name lists them. */
export interface NameParts {
  /** Indicator or chart, e.g. 公开率. */
  subject: string;
  /** Region or agency, e.g. 样例县. */
  region?: string;
  years?: readonly number[];
  /** Anything else that tells files of a batch apart. */
  extra?: string;
}

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_CHARS = 80;

/** A name that Windows and macOS both accept: no reserved characters or names, no trailing dot or space, not too long. */
export function sanitizeFileName(name: string): string {
  let clean = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  clean = [...clean].slice(0, MAX_CHARS).join('').replace(/[.\s-]+$/, '');
  if (!clean) return 'export';
  return RESERVED.test(clean) ? `_${clean}` : clean;
}

/** Years for a file name: "2021-2023" for a run, "2019_2021" otherwise. */
function yearsPart(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 1 && last - first === sorted.length - 1) return `${first}-${last}`;
  return sorted.join('_');
}

/** Chinese spelled in toneless pinyin, one word per part ("样例县" → "yangliexian"); other text kept. */
export function toPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('').replace(/\s+/g, '-');
}

/** A file name that says what is inside (subject, region, years), e.g. "样例县_公开率_2019-2025.png". */
export function fileName(parts: NameParts, script: NameScript, ext: string): string {
  const words = [parts.region, parts.subject, parts.years ? yearsPart(parts.years) : undefined, parts.extra]
    .filter((w): w is string => Boolean(w && w.trim()))
    .map((w) => (script === 'pinyin' ? toPinyin(w) : w).trim().replace(/\s+/g, '-'));
  return `${sanitizeFileName(words.join('_'))}.${ext}`;
}
