import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Chart, wideStackOption } from '../../charts/index.ts';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { APPLICANT_TYPES, applicantMixQuery, applicantMixSql } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

const COLORS = ['#b4232a', '#1f6fb2', '#2e7d32', '#8e44ad', '#d98c00', '#6b7280'];

/** Stacked bars of new requests per year by the six applicant columns of t3. */
export function ApplicantChart({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(applicantMixQuery(db, filters));
  const option = useMemo(
    () =>
      wideStackOption(
        data.map((r) => ({ year: String(r.year), ...Object.fromEntries(APPLICANT_TYPES.map((k) => [k, r[k]])) })),
        {
          x: 'year',
          series: APPLICANT_TYPES.map((k, i) => ({ key: k, label: t(k), color: COLORS[i] })),
          yName: t('applicantsAxis'),
          format: (v) => formatCount(v, lang),
        },
      ),
    [data, t, lang],
  );
  return (
    <>
      <CardExport option={option} rows={applicantMixSql(filters)} filters={filters} indicators={['received_new', 'natural_person_share']} />
      <Chart option={option} label={t('applicants')} />
    </>
  );
}
