import type { ReportRecord } from '../domain/index.ts';
import type { LayoutTable } from './layout.ts';
import { reportLayout } from './layout.ts';

/** Half-width punctuation, as web archives render full-width text. */
const halfWidth = (text: string): string => text.replaceAll('（', '(').replaceAll('）', ')').replaceAll('：', ':').replaceAll('，', ',');

function pipeRows(table: LayoutTable): string[] {
  return table.rows.map((row) => {
    const cells = row.flatMap((c) => [c.text, ...Array.from({ length: c.colSpan - 1 }, () => '')]);
    return `${cells.join(' | ')} |`.replace(/ {2,}/g, ' ');
  });
}

/** A web archive's pipe rendering: one table row per line, ` | ` between cells, spacer cells for merges. */
export function renderPipeText(r: ReportRecord): string {
  const lines = reportLayout(r).flatMap((b) => (b.kind === 'table' ? pipeRows(b.table) : [b.text]));
  return `${halfWidth(lines.join('\n'))}\n`;
}

function webTable(table: LayoutTable): string {
  return table.rows
    .map((row) => row.map((c) => (table.id === 't2' && c.colSpan === 4 ? ` ${c.text}` : c.text)).join(''))
    .join('');
}

/** A crawler's page.txt: metadata header, then the page's textContent with NO separators between cells. */
export function renderWebText(r: ReportRecord): string {
  const date = r.publishDate ?? '';
  const header = [
    `标题: ${r.title}`,
    `发布时间: ${date}${date ? ' 09:30' : ''}`,
    '文号: ',
    `发布机构: ${r.agency.name}`,
    '栏目: 政府信息公开年报',
    `原文链接: https://demo.invalid/xxgk/${r.year}/${encodeURIComponent(r.agency.name)}.htm`,
    `本地目录: xxgk/${r.year}/${r.agency.name}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
  ];
  const body = reportLayout(r)
    .map((b) => {
      if (b.kind === 'title') return `当前位置： 首页政务公开政府信息公开年报 ${b.text} 来源：${r.agency.name} 时间：${date} 文字版 `;
      if (b.kind === 'table') return webTable(b.table);
      return b.kind === 'heading' ? ` ${b.text}` : b.text;
    })
    .join('');
  return `${header.join('\n')}\n${body} 附件下载\n`;
}
