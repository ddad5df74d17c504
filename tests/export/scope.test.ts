import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { briefingTexts } from '../../src/export/briefing.ts';
import { findingsNote, loadScope, sourceLine } from '../../src/export/scope.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const all = { dataset: 'test', years: [], kinds: [] };

describe('loadScope(db, filters)', () => {
  it('counts the reports and agencies a filter selects, with their years, templates and regions', async () => {
    const scope = await loadScope(db, all);
    expect(scope.reports).toBeGreaterThan(0);
    expect(scope.counties).toEqual(['样例县']);
    expect(scope.regions).toEqual(['示范省 演示市 样例县']);
    expect(scope.templates.every((t) => ['v2019', 'v2021', 'mixed'].includes(t))).toBe(true);
    expect(scope.findings).toBe(0);
    expect(findingsNote(scope, 'zh')).toBeNull();
  });

  it('names the agencies only when agencies are filtered', async () => {
    const one = await loadScope(db, { ...all, agencies: ['示范省/演示市/样例县/甲镇人民政府'] });
    expect(one.agencyNames).toEqual(['甲镇人民政府']);
    expect((await loadScope(db, all)).agencyNames).toEqual([]);
  });
});

describe('sourceLine(scope, lang)', () => {
  it('names region, agencies, years, templates and the data version', async () => {
    const scope = await loadScope(db, { ...all, years: [2020, 2021] });
    expect(sourceLine({ ...scope, dataset: 'demo' }, 'zh')).toBe(
      `来源：样例县 ${scope.agencies} 个机关 2020–2021 年政府信息公开工作年度报告（${scope.templates.join('/')} 模板）· 演示数据（合成）`,
    );
    expect(sourceLine({ ...scope, dataset: 'samples' }, 'en')).toContain('real report samples');
  });

  it('says so when nothing matches', async () => {
    expect(sourceLine(await loadScope(db, { ...all, years: [1999] }), 'zh')).toBe('来源：所选条件下没有年报 · 导入数据');
  });
});

describe('findingsNote(scope, lang)', () => {
  it('appears once a consistency finding touches the selected reports', async () => {
    const [r] = await db.query<{ report_id: string }>({ text: "SELECT report_id FROM reports WHERE dataset = 'test' ORDER BY report_id LIMIT 1", params: [] });
    await db.exec(`INSERT INTO findings VALUES ('${r?.report_id}', 'R3.1', 'error', ['t3.processed_total.total'], 3, 2, '合计不符', 'sum mismatch', NULL)`);
    const texts = await briefingTexts(db, { title: '公开率', rows: { text: 'SELECT 1', params: [] }, filters: all, indicators: ['disclosure_rate'] }, 'zh');
    expect(texts.note).toBe('⚠ 注意：所涉年报有 1 条一致性检查提示（其中 1 条为错误），相关数字可能有误，详见“数据质量”。');
    expect(texts.footnotes).toEqual(['公开率：（予以公开 + 部分公开）/ 办理结果总计。办结申请中全部或部分公开的比例。']);
    expect(texts.subtitle).toBe('示范省 演示市 样例县 · 全部年度 · 全部机关类型');
  });
});
