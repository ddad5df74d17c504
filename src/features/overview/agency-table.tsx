import { useSuspenseQuery } from '@tanstack/react-query';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery } from '../../queries/index.ts';
import { AgencyTotalsTable, useConnector, useT } from '../../ui/index.ts';

/** Every agency of the selection with its totals, most requests first. */
export function AgencyTable({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t } = useT();
  const { data } = useSuspenseQuery(agencyTableQuery(db, filters));
  if (data.length === 0) return <p className="empty">{t('table.empty')}</p>;
  return (
    <div className="table-scroll">
      <AgencyTotalsTable rows={data} testId="agency-table" />
    </div>
  );
}
