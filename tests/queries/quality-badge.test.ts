import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { answerOf, qualityBadge, reportQualityQuery } from '../../src/queries/index.ts';
import { LanguageContext } from '../../src/ui/i18n.tsx';
import { QualityBadge } from '../../src/ui/quality-badge.tsx';
import { demoDb } from './quality-demo-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
});

describe('qualityBadge(errors, warnings)', () => {
  it('is clean without findings, warnings with warnings only, errors with any error', () => {
    expect(qualityBadge(0, 0)).toEqual({ level: 'clean', labelZh: '未发现问题', labelEn: 'No issues found' });
    expect(qualityBadge(0, 1)).toEqual({ level: 'warnings', labelZh: '1 项警告', labelEn: '1 warning' });
    expect(qualityBadge(2, 3)).toEqual({ level: 'errors', labelZh: '2 项错误、3 项警告', labelEn: '2 errors, 3 warnings' });
    expect(qualityBadge(1, 0)).toEqual({ level: 'errors', labelZh: '1 项错误', labelEn: '1 error' });
  });

  it('matches what <QualityBadge> shows, in both languages', () => {
    for (const [e, w] of [[0, 0], [0, 2], [1, 0], [3, 1]] as const) {
      const badge = qualityBadge(e, w);
      for (const lang of ['zh', 'en'] as const) {
        const html = renderToStaticMarkup(
          createElement(LanguageContext.Provider, { value: lang }, createElement(QualityBadge, { errors: e, warnings: w })),
        );
        expect(html).toContain(`data-level="${badge.level}"`);
        expect(html).toContain(lang === 'zh' ? badge.labelZh : badge.labelEn);
      }
    }
  });
});

describe('reportQualityQuery(db, dataset)', () => {
  it('gives every demo report its error and warning counts', async () => {
    const rows = await answerOf(new QueryClient(), reportQualityQuery(db, 'demo'));
    expect(rows).toHaveLength(291);
    expect(rows.find((r) => r.reportId === '示范省/演示市/样例县/城关镇人民政府|2020')).toMatchObject({ errors: 4, warnings: 0 });
    expect(rows.find((r) => r.reportId === '示范省/演示市/样例县/城关镇人民政府|2021')).toMatchObject({ errors: 0, warnings: 0 });
    const [totals] = await db.query(sql`SELECT count(*) FILTER (WHERE severity = 'error') AS e, count(*) FILTER (WHERE severity = 'warning') AS w FROM findings`);
    expect(rows.reduce((s, r) => s + r.errors, 0)).toBe(Number(totals?.e));
    expect(rows.reduce((s, r) => s + r.warnings, 0)).toBe(Number(totals?.w));
  });
});
