import { useSuspenseQuery } from '@tanstack/react-query';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery, agencyTableSql } from '../../queries/index.ts';
import { AgencyTotalsTable, useConnector, usePaged, useT } from '../../ui/index.ts';

/** Every agency of the selection with its totals, most requests first. */
export function AgencyTable({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t } = useT();
  const { data } = useSuspenseQuery(agencyTableQuery(db, filters));
  const { page, controls } = usePaged(data, (r) => r.name);
  if (data.length === 0) return <p className="empty">{t('table.empty')}</p>;
  const indicators = ['received_new', 'processed_total', 'disclosure_rate', 'review_total', 'litigation_total'] as const;
  return (
    <div className="table-scroll">
      <CardExport rows={agencyTableSql(filters)} filters={filters} indicators={indicators} />
      {controls}
      <AgencyTotalsTable rows={page.rows} testId="agency-table" />
    </div>
  );
}
