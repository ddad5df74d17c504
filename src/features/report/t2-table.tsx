import type { Template } from '../../domain/index.ts';
import { CellValue } from './cell-value.tsx';
import { OFFICIAL, t2Groups } from './layout.ts';

/** 二、主动公开: one small table per 第二十条 sub-table, with the template's own labels. */
export function T2Table({ template }: { template: Template }) {
  return (
    <div className="official t2" data-testid="t2" data-template={template}>
      {t2Groups(template).map((g) => (
        <div key={g.caption} className="table-scroll-x">
          <table className="official-table">
            <caption>{g.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{OFFICIAL.t2Content}</th>
                {g.cols.map((c) => (
                  <th key={c.col} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.row}>
                  <th scope="row">{r.label}</th>
                  {g.cols.map((c) => (
                    <CellValue key={c.col} k={`t2.${r.row}.${c.col}`} signed={c.col === 'yoy_change'} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
