import type { Sql } from '../../db/index.ts';
import type { ValueColumn } from '../../export/index.ts';
import { valuesSql } from '../../export/index.ts';
import type { PeerRanking } from '../../queries/index.ts';

const COLUMNS: readonly ValueColumn[] = [
  { name: 'rank', type: 'BIGINT' },
  { name: 'agency_id', type: 'VARCHAR' },
  { name: 'agency_name', type: 'VARCHAR' },
  { name: 'numerator', type: 'DOUBLE' },
  { name: 'denominator', type: 'DOUBLE' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'wilson_low', type: 'DOUBLE' },
  { name: 'wilson_high', type: 'DOUBLE' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'outlier', type: 'VARCHAR' },
  { name: 'reports', type: 'BIGINT' },
];

/** The peer table as export rows: ranked agencies numbered in order, the rest after them unnumbered. */
export function peerRowsSql(ranking: PeerRanking): Sql {
  let rank = 0;
  const rows = ranking.points.map((p) => [
    p.status === 'ranked' ? ++rank : null,
    p.agencyId,
    p.agencyName,
    p.numerator,
    p.denominator,
    p.value,
    p.low,
    p.high,
    p.status,
    p.outlier,
    p.reports,
  ]);
  return valuesSql(COLUMNS, rows);
}
