import type { Severity } from '../../domain/index.ts';
import type { FindingsFilter } from '../../queries/index.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** The findings filter of the quality view from its URL params (qr rules, qs severities, qa agency, qy years). */
export function readQualityParams(params: URLSearchParams): FindingsFilter {
  return {
    rules: list(params.get('qr')),
    severities: list(params.get('qs')).filter((s): s is Severity => (SEVERITIES as readonly string[]).includes(s)),
    agencies: params.get('qa') ? [params.get('qa') as string] : [],
    years: list(params.get('qy'))
      .map(Number)
      .filter((y) => Number.isInteger(y) && y > 1990 && y < 2100),
  };
}

/** URL params for a findings filter; empty lists are left out so links stay short. */
export function qualityParams(q: FindingsFilter): Record<string, string | null> {
  return {
    qr: q.rules.length ? q.rules.join(',') : null,
    qs: q.severities.length ? q.severities.join(',') : null,
    qa: q.agencies[0] ?? null,
    qy: q.years.length ? [...q.years].sort().join(',') : null,
  };
}

/** Add or remove one value of a multi-select filter. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
