import type { ReportRecord, Template } from '../domain/index.ts';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows, t3Rows } from '../domain/index.ts';
import type { LayoutCell, LayoutTable } from './layout.ts';
import { reportLayout, t3Label } from './layout.ts';

/** Section 三's header as pdftotext prints it: fragments of wrapped header cells (copied from a real PDF). */
const T3_HEADER = `（本列数据的勾稽关系为：第一项
加第二项之和，等于第三项加第四

项之和）

申请人情况

自然人
法人或其他组织

总
计商业

企业
科研
机构

社会公
益组织

法律服
务机构

其
他
`;

/** Section 四's header: narrow cells printed vertically, one character per line, in scrambled order. */
const T4_HEADER = `行政复议 行政诉讼

结
果

结
果

其
他

尚
未

总
计

未经复议直接起诉 复议后起诉
结 结 其 尚 总 结 结 其 尚 总计



维
持

纠
正

结
果

审
结

果
维
持

果
纠
正

他
结
果

未
审
结

计
果
维
持

果
纠
正

他
结
果

未
审
结
`;

const chunks = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const numbers = (cells: readonly LayoutCell[]): string => cells.map((c) => c.text).filter((t) => t !== '').join(' ');

function t2Lines(table: LayoutTable): string[] {
  return table.rows.flatMap((row) => {
    const [first, ...rest] = row;
    if (!first) return [];
    if (first.colSpan === 4) return ['', first.text, ''];
    if (first.text === '信息内容') {
      if (!rest.some((c) => c.text.startsWith('本年') && c.text.length >= 6)) return [`信息内容 ${rest.map((c) => c.text).join(' ')}`, ''];
      return ['信息内容', ...rest.flatMap((c) => (c.text.startsWith('本年') ? [c.text.slice(0, 3), '', c.text.slice(3), ''] : [c.text])), ''];
    }
    return [`${first.text} ${numbers(rest)}`.trimEnd(), ''];
  });
}

function t3Lines(r: ReportRecord, template: Template): string[] {
  const outcomes = t3OutcomeRows(template);
  const lines = [T3_HEADER];
  const values = (row: string): string =>
    T3_COLUMNS.map((c) => r.cells[`t3.${row}.${c}`]).map((c) => (c && c.value !== null ? c.raw : '')).filter((t) => t).join(' ');
  for (const row of t3Rows(template)) {
    const { group, label } = t3Label(template, row);
    if (row === outcomes[0]) lines.push('三、本', '年度办', '理结果', '');
    const firstOfGroup = group !== '' && outcomes.find((o) => t3Label(template, o).group === group) === row;
    const text = firstOfGroup ? `${group} ${label}` : label;
    const width = firstOfGroup ? group.length + 9 : group ? 8 : 13;
    if (text.length <= width + 1 || !outcomes.includes(row)) lines.push(`${text} ${values(row)}`.trimEnd(), '');
    else lines.push(...chunks(text, width), '', values(row), '');
    if (row === 'withheld_security_stability') lines.push('', '', '- 2 -', '', '', '');
  }
  return lines;
}

function t4Line(r: ReportRecord): string[] {
  const vals = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => r.cells[`t4.${g}.${c}`])).map((c) => (c && c.value !== null ? c.raw : ''));
  return [T4_HEADER, vals.filter((v) => v).join(' '), ''];
}

/** Text as pdftotext extracts it from a PDF: one cell or header fragment per line, wrapped labels, page numbers. */
export function renderPdfText(r: ReportRecord): string {
  const lines: string[] = [''];
  for (const b of reportLayout(r)) {
    if (b.kind === 'title') lines.push(b.text, '');
    else if (b.kind === 'heading') lines.push(b.text === '六、其他需要报告的事项' ? `　　${b.text}` : b.text);
    else if (b.kind === 'para') lines.push(...chunks(b.text, 40), '');
    else if (b.table.id === 't2') lines.push(...t2Lines(b.table), '', '', '- 1 -', '');
    else if (b.table.id === 't3') lines.push('', ...t3Lines(r, b.table.template));
    else lines.push(...t4Line(r));
  }
  lines.push('', '- 3 -', '');
  return `${lines.join('\n')}\n`;
}
