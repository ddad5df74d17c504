import type { TableId } from '../../domain/index.ts';
import { cellKeys } from '../../domain/index.ts';
import { CardExport, reportTableSql } from '../../export/index.ts';
import type { ReportMeta } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { useCells } from './cell-context.ts';
import { formatCell } from './cell-detail.ts';
import { DICT } from './dictionary.ts';
import { useRovingCells } from './roving-cells.ts';
import { reportFilters } from './report-export.ts';
import { T2Table } from './t2-table.tsx';
import { T3Table } from './t3-table.tsx';
import { T4Table } from './t4-table.tsx';

const TABLES = { t2: T2Table, t3: T3Table, t4: T4Table } as const;

/** The three official tables, each in the template its own labels show; stray cells listed after them. */
export function ReportTables({ meta }: { meta: ReportMeta }) {
  const { t } = useDictionary(DICT);
  const ambiguous = Object.keys(meta.ambiguous).length;
  const roving = useRovingCells();
  return (
    <div className="report-tables" ref={roving.ref} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
      <p className="note">
        {t('detailHint')} {ambiguous ? t('ambiguousCount', { n: ambiguous }) : null}
      </p>
      {(Object.keys(TABLES) as TableId[]).map((table) => {
        const template = meta.tables[table];
        const Table = TABLES[table];
        return (
          <Card
            key={table}
            title={`${t(table)}${template ? `（${template}）` : ''}`}
            actions={template ? <CardExport subject={t(table)} rows={reportTableSql(meta.reportId, table, template)} filters={reportFilters(meta)} /> : null}
          >
            {template ? <Table template={template} /> : <p className="empty">{t('absent')}</p>}
          </Card>
        );
      })}
      <OtherCells meta={meta} />
    </div>
  );
}

/** Stored cells that the report's table templates do not lay out (kept visible rather than dropped). */
function OtherCells({ meta }: { meta: ReportMeta }) {
  const { t } = useDictionary(DICT);
  const { cells } = useCells();
  const laidOut = new Set(
    (Object.entries(meta.tables) as [TableId, ReportMeta['tables'][TableId]][]).flatMap(([table, template]) =>
      template ? cellKeys(template).filter((k) => k.table === table).map((k) => k.key) : [],
    ),
  );
  const other = Object.values(cells).filter((c) => !laidOut.has(c.key));
  if (other.length === 0) return null;
  return (
    <Card title={t('otherCells')}>
      <ul className="plain-list">
        {other.map((c) => (
          <li key={c.key}>
            <code>{c.key}</code> {formatCell(c.value, false)} {c.raw ? `（${t('raw', { raw: c.raw })}）` : ''}
          </li>
        ))}
      </ul>
    </Card>
  );
}
