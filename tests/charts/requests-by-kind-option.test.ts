import { describe, expect, it } from 'vitest';
import { requestsByKindOption } from '../../src/charts/requests-by-kind-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const rows = [
  { year: 2023, kind: 'department', receivedNew: 50 },
  { year: 2023, kind: 'township', receivedNew: 70 },
  { year: 2024, kind: 'township', receivedNew: 90 },
  { year: 2024, kind: 'street', receivedNew: 12 },
  { year: 2024, kind: 'department', receivedNew: 41 },
];
const LABELS: Record<string, string> = { township: '乡镇', street: '街道', department: '部门', government_office: '政府办', jurisdiction: '全辖区' };
const text = {
  kinds: ['township', 'street', 'department', 'government_office', 'jurisdiction'],
  kindLabel: (k: string) => LABELS[k] ?? k,
  yName: '件',
  format: (v: number) => String(v),
};

describe('requestsByKindOption', () => {
  it('requestsByKindOption(rows, text) stacks one series per kind present, in the given order, 0 where a kind has no row', () => {
    const option = requestsByKindOption(rows, text);
    expect(option.dataset).toEqual({
      source: [
        { year: '2023', township: 70, street: 0, department: 50 },
        { year: '2024', township: 90, street: 12, department: 41 },
      ],
      dimensions: ['year', 'township', 'street', 'department'],
    });
    expect((option.series as { name: string; stack: string }[]).map((s) => [s.name, s.stack])).toEqual([
      ['乡镇', 'total'],
      ['街道', 'total'],
      ['部门', 'total'],
    ]);
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('requests-by-kind', renderSvg(requestsByKindOption(rows, text)))).toBeUndefined();
  });
});
