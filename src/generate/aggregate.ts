import { T4_GROUPS } from '../domain/index.ts';
import type { YearFigures } from './figures.ts';
import { ITEM_ROWS, sumVec } from './figures.ts';

const total = (list: readonly YearFigures[], pick: (f: YearFigures) => number): number =>
  list.reduce((acc, f) => acc + pick(f), 0);

/** The county-wide figures: every agency's year added up (the office once, the aggregate never). */
export function sumFigures(list: readonly YearFigures[]): YearFigures {
  const t3Rows = Object.keys(list[0]?.t3 ?? {});
  return {
    t3: Object.fromEntries(t3Rows.map((row) => [row, sumVec(list.map((f) => f.t3[row] ?? []))])),
    t4: Object.fromEntries(T4_GROUPS.map((g) => [g, sumVec(list.map((f) => f.t4[g]), 4)])) as YearFigures['t4'],
    normative: {
      issued: total(list, (f) => f.normative.issued),
      repealed: total(list, (f) => f.normative.repealed),
      inForce: total(list, (f) => f.normative.inForce),
      publishedTotal: total(list, (f) => f.normative.publishedTotal),
    },
    items: Object.fromEntries(
      ITEM_ROWS.map((row) => [
        row,
        { prev: total(list, (f) => f.items[row].prev), change: total(list, (f) => f.items[row].change) },
      ]),
    ) as YearFigures['items'],
    decisions: {
      licensing: total(list, (f) => f.decisions.licensing),
      other_mgmt_services: total(list, (f) => f.decisions.other_mgmt_services),
      penalty: total(list, (f) => f.decisions.penalty),
      coercion: total(list, (f) => f.decisions.coercion),
    },
    feesYuan: total(list, (f) => f.feesYuan),
    procurement: {
      projects: total(list, (f) => f.procurement.projects),
      amountYuan: total(list, (f) => f.procurement.amountYuan),
    },
    infoFeeYuan: total(list, (f) => f.infoFeeYuan),
  };
}
