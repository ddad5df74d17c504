import type { ReportRecord } from '../domain/index.ts';
import type { LayoutCell, LayoutTable } from './layout.ts';
import { reportLayout } from './layout.ts';

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const TD_STYLE = 'border:1px solid #000;padding:0 5.4pt;vertical-align:middle';
const P_STYLE = 'margin:0;text-align:center;line-height:20pt;font-family:宋体;font-size:10.5pt';

function td(c: LayoutCell): string {
  const spans = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  // Word pastes an empty cell as a paragraph holding &nbsp;.
  const text = c.text === '' ? '&nbsp;' : escape(c.text);
  return `<td${spans} style="${TD_STYLE}"><p style="${P_STYLE}"><span>${text}</span></p></td>`;
}

function table(t: LayoutTable): string {
  const rows = t.rows.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('\n');
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** An HTML page as agencies publish it (pasted from Word): real <table> with the template's rowspan/colspan. */
export function renderHtml(r: ReportRecord): string {
  const body = reportLayout(r).map((b) => {
    if (b.kind === 'title') return `<h1 style="text-align:center;font-size:18pt">${escape(b.text)}</h1>`;
    if (b.kind === 'heading') return `<p style="text-indent:2em"><strong>${escape(b.text)}</strong></p>`;
    if (b.kind === 'para') return `<p style="text-indent:2em;line-height:28pt">${escape(b.text)}</p>`;
    return table(b.table);
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${escape(r.title)}</title></head>`,
    '<body>',
    '<div class="TRS_Editor">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
