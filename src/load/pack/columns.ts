import { AGENCIES_COLUMNS, REPORTS_COLUMNS } from '../csv-columns.ts';

type Columns = Readonly<Record<string, string>>;

const { narrative_json: _narratives, ...reportsWithoutNarratives } = REPORTS_COLUMNS;

const numbers = (names: readonly string[]): Columns => Object.fromEntries(names.map((n) => [n, 'DOUBLE']));

const APPLICANTS = ['natural_person', 'commercial_enterprise', 'research_institution', 'public_welfare_org', 'legal_service_org', 'other_org', 'total'];

/** requests_cube's group columns (schema.sql): its other columns are sums over the requests rows of a group. */
export const CUBE_GROUPS = ['dataset', 'year', 'kind', 'county', 'report_template', 'template', 'row_key'] as const;

/** Columns of each table file of a pack; report_no is the report's number within the pack (0, 1, …). */
export const PACK_COLUMNS = {
  agencies: AGENCIES_COLUMNS,
  reports: { report_no: 'INTEGER', ...reportsWithoutNarratives },
  requests: {
    report_no: 'INTEGER',
    row_key: 'VARCHAR',
    ...numbers(APPLICANTS),
  },
  /** requests_cube as it is: a group's sums, and the count of its reports and of those whose total is blank. */
  requests_cube: {
    dataset: 'VARCHAR', year: 'INTEGER', kind: 'VARCHAR', county: 'VARCHAR', report_template: 'VARCHAR', template: 'VARCHAR', row_key: 'VARCHAR',
    ...numbers(APPLICANTS),
    reports: 'BIGINT',
    reports_without_total: 'BIGINT',
  },
  review_litigation: { report_no: 'INTEGER', grp: 'VARCHAR', ...numbers(['upheld', 'corrected', 'other', 'pending', 'total']) },
  report_summary: {
    report_no: 'INTEGER',
    ...numbers([
      'received_new', 'received_natural_person', 'carried_over_in', 'granted', 'partially_granted', 'withheld',
      'cannot_provide', 'not_processed', 'other_outcome', 'processed_total', 'carried_over_out', 'review_total',
      'review_corrected', 'review_pending', 'litigation_total', 'litigation_corrected', 'litigation_pending',
      'licensing_decisions', 'penalty_decisions', 'coercion_decisions',
    ]),
  },
  /** cells: the finding's cell keys joined by LIST_SEPARATOR. */
  findings: {
    report_no: 'INTEGER', rule: 'VARCHAR', severity: 'VARCHAR', cells: 'VARCHAR', expected: 'DOUBLE', actual: 'DOUBLE',
    message_zh: 'VARCHAR', message_en: 'VARCHAR', related_report_no: 'INTEGER',
  },
  /** key_code: the key's position in cell_keys ordered by (template, ord); raw is NULL where it equals the value's plain text. */
  cells: { report_no: 'INTEGER', key_code: 'INTEGER', value: 'DOUBLE', raw: 'VARCHAR', unit: 'VARCHAR' },
  /** The t2 pre-aggregate (schema.sql): the cells the proactive-disclosure view sums, one column each. */
  disclosure_summary: {
    report_no: 'INTEGER',
    t2_template: 'VARCHAR',
    ...numbers([
      'licensing.decisions', 'licensing.prev_year_items', 'penalty.decisions', 'coercion.decisions', 'normative_docs.made',
      'normative_docs.issued', 'normative_docs.total_published', 'normative_docs.repealed', 'normative_docs.in_force',
      'admin_fees.prev_year_items', 'admin_fees.amount_wan_yuan', 'central_procurement.projects', 'central_procurement.amount_wan_yuan',
    ]),
  },
  narratives: { report_no: 'INTEGER', narrative_json: 'VARCHAR' },
} as const satisfies Record<string, Columns>;

export type PackTable = keyof typeof PACK_COLUMNS;

/**
 * Tables loaded at start; cells, narratives and the requests pivot come per region: the views sum requests_cube and
 * read requests only for picked agencies (their regions load first, see requests-loader.ts).
 */
export const START_TABLES = ['agencies', 'reports', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'findings'] as const;
export type StartTable = (typeof START_TABLES)[number];

/**
 * The materialised pivots a pack carries precomputed, and the columns each takes from its report: `i` is the
 * pack's report list (report_no, report_id, agency_id, year, t3_template), `l` is report_list.
 */
export const PIVOT_JOINS = {
  requests: ['i.report_id', 'i.agency_id', 'i.year', 'i.t3_template AS template', 'l.dataset', 'l.kind', 'l.county', 'l.template AS report_template'],
  review_litigation: ['i.report_id', 'i.agency_id', 'i.year', 'l.dataset', 'l.kind', 'l.county', 'l.template'],
  report_summary: ['l.report_id', 'l.agency_id', 'l.agency_name', 'l.kind', 'l.province', 'l.city', 'l.county', 'l.year', 'l.template', 'l.dataset'],
  disclosure_summary: ['i.report_id'],
} as const;

/** Column names other than report_no (the part of a pivot the pack stores). */
export const storedColumns = (table: PackTable): string[] => Object.keys(PACK_COLUMNS[table]).filter((c) => c !== 'report_no');

/** A pack column as an SQL identifier: disclosure_summary's are named by cell keys, dots and all. */
export const quoted = (column: string): string => `"${column}"`;
