import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agency, AgencyKind, CellValue, ReportRecord, Template } from '../domain/index.ts';
import { cellKeys } from '../domain/index.ts';

interface Expected {
  agency: string;
  year: number;
  template: Template;
  cells: Record<string, number | null>;
  ambiguous: string[];
  candidates: Record<string, number[]>;
}

/** Where each sample's agency sits, from clues in its own text (blank when the text does not say). */
const PLACES: Record<string, { province: string; city: string; county: string }> = {
  // 福建省人民政府办公厅 in the intro; the zone is its own county-level unit (来源：平潭县人民政府).
  平潭综合实验区: { province: '福建省', city: '', county: '平潭综合实验区' },
  // Only 省/市/县政府办公室 in general terms: the text names no province, city or county.
  下冶镇人民政府: { province: '', city: '', county: '' },
};

const MONEY_UNITS: Record<string, CellValue['unit']> = {
  't2.admin_fees.amount_wan_yuan': '万元',
  't2.central_procurement.amount_wan_yuan': 'unknown',
};

/** Agency kind from the name's ending. */
export function kindOf(name: string): AgencyKind {
  if (/(镇|乡)人民政府$/.test(name)) return 'township';
  if (/街道(办事处)?$/.test(name)) return 'street';
  if (/人民政府办公室$/.test(name)) return 'government_office';
  if (/(局|委|办|委员会|中心)$/.test(name)) return 'department';
  return 'jurisdiction';
}

function section(text: string, from: RegExp, to: RegExp): string {
  const start = text.search(from);
  if (start < 0) return '';
  const rest = text.slice(start).replace(from, '');
  const end = rest.search(to);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/\s*\n\s*/g, '').replace(/附件下载\s*$/, '').trim();
}

function fromText(text: string): { title: string; publishDate: string | null; narrative: Record<string, string> } {
  const header = /^标题:\s*(.+)$/m.exec(text)?.[1];
  const title = header ?? text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const date = /^发布时间:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? null;
  const narrative = {
    一: section(text, /一、总体情况/, /二、[^，。]{0,6}主动公开/),
    五: section(text, /五、存在的主要问题及改进情况/, /六、其他需要报告的事项/),
    六: section(text, /六、其他需要报告的事项/, /$^/),
  };
  return { title, publishDate: date, narrative };
}

function toRecord(e: Expected, file: string, text: string): ReportRecord {
  const place = PLACES[e.agency] ?? { province: '', city: '', county: '' };
  const agency: Agency = { id: `${place.province}/${place.city}/${place.county}/${e.agency}`, name: e.agency, kind: kindOf(e.agency), ...place };
  const cells: Record<string, CellValue> = {};
  for (const { key } of cellKeys(e.template)) {
    const value = e.cells[key] ?? null;
    const unit = MONEY_UNITS[key];
    cells[key] = { value, raw: value === null ? '' : String(value), ...(unit ? { unit } : {}) };
  }
  const meta = fromText(text);
  return {
    agency,
    year: e.year,
    template: e.template,
    tables: { t2: e.template, t3: e.template, t4: e.template },
    sourceFile: file,
    title: meta.title,
    publishDate: meta.publishDate,
    cells,
    extraRows: [],
    narrative: meta.narrative,
    issues: [],
    ambiguous: Object.fromEntries(e.ambiguous.map((k) => [k, e.candidates[k] ?? []])),
    dataset: 'samples',
  };
}

/** The real reports of the shared corpus (expected/*.json plus their texts) as records of dataset 'samples'. */
export function realSamples(corpusDir: string): ReportRecord[] {
  const dir = join(corpusDir, 'expected');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected;
      const textFile = f.replace(/\.json$/, '.txt');
      const textPath = join(corpusDir, textFile);
      return toRecord(expected, textFile, existsSync(textPath) ? readFileSync(textPath, 'utf8') : '');
    });
}
