import type { ReportRecord } from '../../src/domain/index.ts';
import { T3_COLUMNS, t3OutcomeRows } from '../../src/domain/index.ts';
import { makeRecord } from './factories.ts';

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = '公开 政府 信息 申请 办理 制度 平台 解读 政策 监督 规范 完善 加强 推进 落实 群众 企业 服务 审核 发布 保密 目录 指南 栏目 网站 政务 新媒体 培训 考核 领导 机制 重点 领域 财政 预算 决算 采购 项目 民生 教育 医疗 住房 就业 环保 应急 安全 执法 许可 处罚 强制'.split(' ');

function narrativeText(next: () => number, chars: number): string {
  let s = '';
  while (s.length < chars) {
    const n = 3 + Math.floor(next() * 5);
    s += Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)] ?? '').join('') + (next() < 0.3 ? '。' : '，');
  }
  return s;
}

/** One year's consistent cells: random requests per applicant column, outcomes and carry-over that add up. */
function yearCells(next: () => number, carriedIn: number[]): Record<string, number> {
  const cells: Record<string, number> = {};
  const outcomes = t3OutcomeRows('v2021');
  const put = (row: string, six: number[]) => T3_COLUMNS.forEach((col, i) => {
    cells[`t3.${row}.${col}`] = col === 'total' ? six.reduce((a, b) => a + b, 0) : (six[i] ?? 0);
  });
  const received = [0, 1, 2, 3, 4, 5].map((i) => Math.floor(next() * (i === 0 ? 40 : 3)));
  const out = received.map((r) => (r > 0 && next() < 0.2 ? 1 : 0));
  const rows: Record<string, number[]> = Object.fromEntries(outcomes.map((r) => [r, [0, 0, 0, 0, 0, 0]]));
  received.forEach((r, c) => {
    for (let k = 0; k < r + (carriedIn[c] ?? 0) - (out[c] ?? 0); k++) rows[outcomes[Math.floor(next() * outcomes.length)] ?? 'granted']![c]! += 1;
  });
  put('received_new', received);
  put('carried_over_in', carriedIn);
  for (const r of outcomes) put(r, rows[r] ?? []);
  put('processed_total', received.map((r, c) => r + (carriedIn[c] ?? 0) - (out[c] ?? 0)));
  put('carried_over_out', out);
  cells['t2.penalty.decisions'] = Math.floor(next() * 500);
  cells['t2.admin_fees.amount_wan_yuan'] = Math.round(next() * 1000) / 100;
  return cells;
}

/** A county of `agencies × years` v2021 reports (~200 cells each, ~1,500-character narratives), all consistent. */
export function syntheticCounty(agencies = 60, years = 5, seed = 7): ReportRecord[] {
  const next = rng(seed);
  const reports: ReportRecord[] = [];
  for (let a = 0; a < agencies; a++) {
    const agency = { id: `示范省/演示市/样例县/机关${a}`, name: `机关${a}`, kind: a < 20 ? ('township' as const) : ('department' as const) };
    let carried = [0, 0, 0, 0, 0, 0];
    for (let y = 0; y < years; y++) {
      const cells = yearCells(next, carried);
      carried = T3_COLUMNS.slice(0, 6).map((col) => cells[`t3.carried_over_out.${col}`] ?? 0);
      const overview = `${2021 + y}年，${agency.name}共收到政府信息公开申请${cells['t3.received_new.total']}件。${narrativeText(next, 1500)}`;
      reports.push(makeRecord({ year: 2021 + y, agency, cells, narrative: { overview, problems: narrativeText(next, 300) } }));
    }
  }
  return reports;
}
