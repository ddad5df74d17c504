import type { Template } from '../../domain/index.ts';
import { CellValue } from './cell-value.tsx';
import { OFFICIAL, t4Layout } from './layout.ts';

/** 四、复议与诉讼: three groups × five columns in one row, as the template prints it. */
export function T4Table({ template }: { template: Template }) {
  const { groups, cols } = t4Layout(template);
  const [review, ...suits] = groups;
  return (
    <div className="official t4 table-scroll-x" data-testid="t4" data-template={template}>
      <table className="official-table">
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} rowSpan={2}>{OFFICIAL.t4Review}</th>
            <th scope="colgroup" colSpan={10}>{OFFICIAL.t4Litigation}</th>
          </tr>
          <tr>
            {suits.map((g) => (
              <th key={g.group} scope="colgroup" colSpan={5}>{g.label}</th>
            ))}
          </tr>
          <tr>
            {groups.flatMap((g) =>
              cols.map((c) => (
                <th key={`${g.group}.${c.col}`} scope="col" className="vertical">{c.label}</th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[review, ...suits].flatMap((g) => (g ? cols.map((c) => <CellValue key={`${g.group}.${c.col}`} k={`t4.${g.group}.${c.col}`} />) : []))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
