import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/index.ts';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { storeFindings } from '../../src/load/index.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

const read = () =>
  db.query(sql`SELECT report_id AS "reportId", rule, severity, cells, expected, actual, message_zh AS "messageZh",
                      message_en AS "messageEn", related_report_id AS "relatedReportId" FROM findings ORDER BY rule`);

const plain = (f: Finding) => ({ ...f, relatedReportId: f.relatedReportId ?? null });

describe('storeFindings', () => {
  it('stores findings with awkward text, lists and missing numbers as they are, in one go', async () => {
    const findings: Finding[] = [
      {
        reportId: '省/市/县/甲镇|2021', rule: 'R3.1', severity: 'error', cells: ['t3.received_new.total', 't3.carried_over_in.total'],
        expected: 12.5, actual: -3, messageZh: '逗号，"引号", 换行\n第二行', messageEn: 'a, "b"\r\nc', relatedReportId: '省/市/县/甲镇|2020',
      },
      { reportId: 'x|2020', rule: 'C2', severity: 'warning', cells: [], expected: null, actual: 0.97, messageZh: '', messageEn: 'similar' },
    ];
    await storeFindings(db, findings);
    expect(await read()).toEqual(findings.map(plain).sort((a, b) => a.rule.localeCompare(b.rule)));
  });

  it('replaces what was stored, and an empty list clears it', async () => {
    const one: Finding = { reportId: 'y|2020', rule: 'R0', severity: 'error', cells: ['t3.granted.total'], expected: null, actual: -1, messageZh: '负数', messageEn: 'negative' };
    await storeFindings(db, [one]);
    expect(await read()).toEqual([plain(one)]);
    await storeFindings(db, []);
    expect(await read()).toEqual([]);
  });
});
