import { useSuspenseQuery } from '@tanstack/react-query';
import { agencyYearsQuery } from '../../queries/index.ts';
import { useConnector, useDictionary, ViewLink } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** Links to the same agency's reports of other years; the current one is marked, not linked. */
export function YearLinks({ agencyId, current }: { agencyId: string; current: string }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const { data } = useSuspenseQuery(agencyYearsQuery(db, agencyId));
  return (
    <ul className="year-links" aria-label={t('otherYears')}>
      {data.reports.map((r) => (
        <li key={r.reportId}>
          {r.reportId === current ? (
            <strong aria-current="page">{r.year}</strong>
          ) : (
            <ViewLink to={{ report: r.reportId }}>{r.year}</ViewLink>
          )}
        </li>
      ))}
    </ul>
  );
}
