import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/checks/index.ts';

const quoted = (text: string, year = 2022, wholeArea = false) => findQuotes(text, year, wholeArea).map((q) => [q.kind, q.value]);

describe('findQuotes(text, year, wholeArea)', () => {
  it.each([
    ['本年度共收到政府信息公开申请11件', 'received', 11],
    ['本年度全镇共收到70件申请', 'received', 70],
    ['新收政府信息公开申请两件', 'received', 2],
    ['上年结转1件', 'carriedIn', 1],
    ['及时依法依规办结69件', 'processed', 69],
    ['结转下年度继续办理3件', 'carriedOut', 3],
    ['1件结转下年度继续办理', 'carriedOut', 1],
    ['因政府信息公开申请被申请行政复议2件', 'reviews', 2],
    ['因政府信息公开被提起行政诉讼十二件', 'suits', 12],
    ['本年度共收到政府信息公开申请７０件', 'received', 70],
    ['区政府办公室共收到8份政府信息公开申请', 'received', 8],
    ['其中,予以公开2件', 'granted', 2],
    ['部分公开2件', 'partiallyGranted', 2],
  ] as const)('findQuotes reads "%s" as %s = %d', (text, kind, value) => {
    expect(quoted(text)).toEqual([[kind, value]]);
  });

  it.each([
    ['2021年共收到政府信息公开申请9件', 'a sentence about another year'],
    ['全年办理行政复议案件120件', 'reviews not about disclosure'],
    ['收到行政复议申请2件', 'a review request is not an information request'],
    ['比上年多收到申请3件', 'a difference, not a count'],
    ['全县共收到政府信息公开申请80件', 'a county-wide figure in an agency report'],
    ['按时办结5件', 'on-time closures, a subset'],
    ['全年主动公开政府信息2645条', 'proactive disclosure'],
  ])('findQuotes ignores "%s" (%s)', (text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('findQuotes keeps county-wide figures in the jurisdiction’s own report', () => {
    expect(quoted('全县共收到政府信息公开申请80件', 2022, true)).toEqual([['received', 80]]);
  });
});
