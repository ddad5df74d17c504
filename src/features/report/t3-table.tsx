import type { Template } from '../../domain/index.ts';
import { CellValue } from './cell-value.tsx';
import type { T3Row } from './layout.ts';
import { OFFICIAL, t3Columns, t3Layout } from './layout.ts';

/** 三、申请: the seven applicant columns, with the row-spanning section and group labels of the template. */
export function T3Table({ template }: { template: Template }) {
  const rows = t3Layout(template);
  const cols = t3Columns(template);
  const outcomes = rows.filter((r) => r.section === 'outcome').length;
  const firstOutcome = rows.findIndex((r) => r.section === 'outcome');
  const org = cols.slice(1, 6);
  return (
    <div className="official t3 table-scroll-x" data-testid="t3" data-template={template}>
      <table className="official-table">
        <thead>
          <tr>
            <th scope="col" colSpan={3} rowSpan={3} className="corner">
              {OFFICIAL.t3Corner}
            </th>
            <th scope="colgroup" colSpan={7}>
              {OFFICIAL.t3Applicants}
            </th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2}>{cols[0]?.label}</th>
            <th scope="colgroup" colSpan={5}>{OFFICIAL.t3Organisations}</th>
            <th scope="col" rowSpan={2}>{cols[6]?.label}</th>
          </tr>
          <tr>
            {org.map((c) => (
              <th key={c.col} scope="col">{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.row} data-row={r.row}>
              {i === firstOutcome ? (
                <th scope="rowgroup" rowSpan={outcomes} className="section">
                  {OFFICIAL.t3Outcomes}
                </th>
              ) : null}
              <RowLabels r={r} />
              {cols.map((c) => (
                <CellValue key={c.col} k={`t3.${r.row}.${c.col}`} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowLabels({ r }: { r: T3Row }) {
  if (r.section !== 'outcome') return <th scope="row" colSpan={3}>{r.label}</th>;
  if (r.group === null) return <th scope="row" colSpan={2}>{r.label}</th>;
  return (
    <>
      {r.groupSpan > 0 ? (
        <th scope="rowgroup" rowSpan={r.groupSpan} className="group">
          {r.group}
        </th>
      ) : null}
      <th scope="row">{r.label}</th>
    </>
  );
}
