import { useDictionary } from '../../ui/index.ts';
import { cellId, useCells } from './cell-context.ts';
import { cellDetail, formatCell } from './cell-detail.ts';
import { DICT } from './dictionary.ts';

/** One numeric cell of an official table: value (blank stays blank), its source text on hover and focus, markers. */
export function CellValue({ k, signed = false }: { k: string; signed?: boolean }) {
  const { t, lang } = useDictionary(DICT);
  const ctx = useCells();
  const cell = ctx.cells[k];
  const candidates = ctx.ambiguous[k];
  const found = ctx.findings.get(k) ?? [];
  const detail = cellDetail(k, cell, candidates, found, t, lang);
  const worst = found.some((f) => f.severity === 'error') ? 'error' : found.some((f) => f.severity === 'warning') ? 'warning' : found.length ? 'info' : null;
  const classes = ['num', 'cell', cell?.value == null ? 'blank' : '', candidates?.length ? 'ambiguous' : '', worst ? `finding-${worst}` : '']
    .filter(Boolean)
    .join(' ');
  const tip = `${cellId(k)}-tip`;
  return (
    <td
      id={cellId(k)}
      className={classes}
      tabIndex={-1}
      title={detail.join('\n')}
      aria-describedby={tip}
      data-key={k}
      onFocus={() => ctx.onShow(k)}
      onMouseEnter={() => ctx.onShow(k)}
    >
      {candidates?.length ? (
        <span className="candidates">?{candidates.join('/')}</span>
      ) : (
        <span className="value">{formatCell(cell?.value ?? null, signed)}</span>
      )}
      {worst ? <span className="marker" aria-hidden="true">{worst === 'error' ? '✕' : '!'}</span> : null}
      <span id={tip} className="visually-hidden">
        {detail.join('；')}
      </span>
    </td>
  );
}
