import { createContext, useContext } from 'react';
import type { ReportCell, ReportFinding } from '../../queries/index.ts';

/** What every rendered cell of one report needs to know. */
export interface CellContextValue {
  cells: Readonly<Record<string, ReportCell>>;
  ambiguous: Readonly<Record<string, number[]>>;
  findings: ReadonlyMap<string, ReportFinding[]>;
  /** The cell whose details the detail bar shows (hovered or focused). */
  onShow: (key: string | null) => void;
}

export const CellContext = createContext<CellContextValue | null>(null);

export function useCells(): CellContextValue {
  const ctx = useContext(CellContext);
  if (!ctx) throw new Error('useCells outside CellContext');
  return ctx;
}

/** Findings by the cells they name (a finding naming three cells is listed under each). */
export function findingsByCell(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const map = new Map<string, ReportFinding[]>();
  for (const f of findings) for (const key of f.cells) map.set(key, [...(map.get(key) ?? []), f]);
  return map;
}

/** DOM id of a cell, for aria-describedby and for jumping to it from the findings list. */
export const cellId = (key: string) => `cell-${key}`;
