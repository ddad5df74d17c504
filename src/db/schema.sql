-- Disclosure Atlas schema: one file, explicit types. Loaded once at start by both connectors.
-- Cell keys follow shared/docs/report-keys.json: '<table>.<row>.<col>' (t2 proactive disclosure,
-- t3 requests, t4 administrative review and litigation). Money is in 万元.

-- Every publishing body. A county publishes twice: its government office (government_office) and its
-- whole jurisdiction (jurisdiction); summing both double-counts.
CREATE TABLE agencies (
  agency_id VARCHAR PRIMARY KEY,  -- province/city/county/name
  name      VARCHAR NOT NULL,     -- as in the report title, e.g. 下冶镇人民政府
  kind      VARCHAR NOT NULL CHECK (kind IN ('township', 'street', 'department', 'government_office', 'jurisdiction')),
  province  VARCHAR,               -- NULL when the report does not say
  city      VARCHAR,
  county    VARCHAR
);

-- One row per published report (agency × year). Template is decided per table from its labels.
CREATE TABLE reports (
  report_id       VARCHAR PRIMARY KEY,  -- agency_id|year
  agency_id       VARCHAR NOT NULL,
  year            INTEGER NOT NULL,     -- the year reported on (not the publish year)
  template        VARCHAR NOT NULL CHECK (template IN ('v2019', 'v2021', 'mixed')),
  t2_template     VARCHAR,              -- v2019 | v2021 | NULL when the table is absent
  t3_template     VARCHAR,
  t4_template     VARCHAR,
  source_file     VARCHAR NOT NULL,
  title           VARCHAR NOT NULL,
  publish_date    DATE,                 -- NULL when unknown
  dataset         VARCHAR NOT NULL,     -- demo (synthetic) | samples (real reports) | imported
  narrative_json  VARCHAR,              -- {"一": "...", "五": "...", "六": "..."}
  extra_rows_json VARCHAR,              -- rows agencies added outside the template
  ambiguous_json  VARCHAR               -- {key: [candidate values]} for cells the document cannot settle
);

-- Every canonical cell of every report. value is NULL for a blank or an ambiguous cell.
CREATE TABLE cells (
  report_id VARCHAR NOT NULL,
  key       VARCHAR NOT NULL,  -- e.g. t3.granted.natural_person
  value     DOUBLE,            -- counts, signed 本年增/减, money in 万元
  raw       VARCHAR,           -- the cell text as found in the document
  unit      VARCHAR,           -- money only: 元 | 万元 | unknown
  PRIMARY KEY (report_id, key)
);

-- The template's own labels for every key, so SQL users can read results in Chinese.
CREATE TABLE cell_keys (
  template  VARCHAR NOT NULL,
  key       VARCHAR NOT NULL,
  tbl       VARCHAR NOT NULL,  -- t2 | t3 | t4
  row_key   VARCHAR NOT NULL,
  col_key   VARCHAR NOT NULL,
  row_label VARCHAR NOT NULL,
  col_label VARCHAR NOT NULL,
  caption   VARCHAR NOT NULL,  -- t2 sub-table (第二十条第（N）项)
  ord       INTEGER NOT NULL,  -- position in the official table
  PRIMARY KEY (template, key)
);

-- Consistency findings (勾稽关系 and plausibility), computed when data is loaded.
CREATE TABLE findings (
  report_id         VARCHAR NOT NULL,
  rule              VARCHAR NOT NULL,  -- R3.1, X1, P2 …
  severity          VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  cells             VARCHAR[] NOT NULL,
  expected          DOUBLE,
  actual            DOUBLE,
  message_zh        VARCHAR NOT NULL,
  message_en        VARCHAR NOT NULL,
  related_report_id VARCHAR          -- the other report of a cross-report rule
);

-- Reports with their agency, the starting point of most questions.
CREATE VIEW report_list AS
SELECT r.report_id, r.agency_id, a.name AS agency_name, a.kind, a.province, a.city, a.county,
       r.year, r.template, r.t2_template, r.t3_template, r.t4_template,
       r.title, r.publish_date, r.source_file, r.dataset
FROM reports r JOIN agencies a USING (agency_id);

-- t3: one row per report and t3 row, the seven applicant columns side by side (source of table requests).
-- dataset, kind, county and report_template (the report's template) are the report's filter columns, copied so
-- that the views filter the 1.7 M rows of a province directly instead of matching report ids.
CREATE VIEW requests_source AS
SELECT c.report_id, r.agency_id, r.year, r.t3_template AS template,
       split_part(c.key, '.', 2) AS row_key,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'natural_person')        AS natural_person,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'commercial_enterprise') AS commercial_enterprise,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'research_institution')  AS research_institution,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'public_welfare_org')    AS public_welfare_org,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'legal_service_org')     AS legal_service_org,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'other_org')             AS other_org,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'total')                 AS total,
       r.dataset, a.kind, a.county, r.template AS report_template  -- the report's template (template is its t3 table's)
FROM cells c JOIN reports r USING (report_id) LEFT JOIN agencies a ON a.agency_id = r.agency_id
WHERE c.key LIKE 't3.%'
GROUP BY c.report_id, r.agency_id, r.year, r.t3_template, split_part(c.key, '.', 2), r.dataset, a.kind, a.county, r.template;

-- t4: one row per report and group (review, litigation_direct, litigation_after_review) (source of table review_litigation),
-- with the report's filter columns (dataset, kind, county, template) as in requests.
CREATE VIEW review_litigation_source AS
SELECT c.report_id, r.agency_id, r.year,
       split_part(c.key, '.', 2) AS grp,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'upheld')    AS upheld,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'corrected') AS corrected,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'other')     AS other,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'pending')   AS pending,
       max(c.value) FILTER (WHERE split_part(c.key, '.', 3) = 'total')     AS total,
       r.dataset, a.kind, a.county, r.template
FROM cells c JOIN reports r USING (report_id) LEFT JOIN agencies a ON a.agency_id = r.agency_id
WHERE c.key LIKE 't4.%'
GROUP BY c.report_id, r.agency_id, r.year, split_part(c.key, '.', 2), r.dataset, a.kind, a.county, r.template;

-- t2: proactive disclosure, long form with labels; columns differ by template (never compare blindly).
CREATE VIEW disclosure AS
SELECT c.report_id, r.agency_id, r.year, r.t2_template AS template,
       split_part(c.key, '.', 2) AS row_key, split_part(c.key, '.', 3) AS col_key,
       k.row_label, k.col_label, c.value, c.raw, c.unit
FROM cells c JOIN reports r USING (report_id)
LEFT JOIN cell_keys k ON k.template = r.t2_template AND k.key = c.key
WHERE c.key LIKE 't2.%';

-- t2: one row per report with a t2 table and the cells the proactive-disclosure view sums, named by their
-- key without 't2.' (source of table disclosure_summary, so that view never needs every report's t2 cells).
CREATE VIEW disclosure_summary_source AS
SELECT r.report_id, r.t2_template,
       max(c.value) FILTER (WHERE c.key = 't2.licensing.decisions')                 AS "licensing.decisions",
       max(c.value) FILTER (WHERE c.key = 't2.licensing.prev_year_items')           AS "licensing.prev_year_items",
       max(c.value) FILTER (WHERE c.key = 't2.penalty.decisions')                   AS "penalty.decisions",
       max(c.value) FILTER (WHERE c.key = 't2.coercion.decisions')                  AS "coercion.decisions",
       max(c.value) FILTER (WHERE c.key = 't2.normative_docs.made')                 AS "normative_docs.made",
       max(c.value) FILTER (WHERE c.key = 't2.normative_docs.issued')               AS "normative_docs.issued",
       max(c.value) FILTER (WHERE c.key = 't2.normative_docs.total_published')      AS "normative_docs.total_published",
       max(c.value) FILTER (WHERE c.key = 't2.normative_docs.repealed')             AS "normative_docs.repealed",
       max(c.value) FILTER (WHERE c.key = 't2.normative_docs.in_force')             AS "normative_docs.in_force",
       max(c.value) FILTER (WHERE c.key = 't2.admin_fees.prev_year_items')          AS "admin_fees.prev_year_items",
       max(c.value) FILTER (WHERE c.key = 't2.admin_fees.amount_wan_yuan')          AS "admin_fees.amount_wan_yuan",
       max(c.value) FILTER (WHERE c.key = 't2.central_procurement.projects')        AS "central_procurement.projects",
       max(c.value) FILTER (WHERE c.key = 't2.central_procurement.amount_wan_yuan') AS "central_procurement.amount_wan_yuan"
FROM reports r LEFT JOIN cells c ON c.report_id = r.report_id AND c.key LIKE 't2.%'
WHERE r.t2_template IS NOT NULL
GROUP BY r.report_id, r.t2_template;

-- One row per report with the headline figures (column totals), the base of the dashboard's indicators
-- (source of table report_summary).
CREATE VIEW report_summary_source AS
SELECT l.report_id, l.agency_id, l.agency_name, l.kind, l.province, l.city, l.county, l.year,
       l.template, l.dataset,
       max(c.value) FILTER (WHERE c.key = 't3.received_new.total')        AS received_new,
       max(c.value) FILTER (WHERE c.key = 't3.received_new.natural_person') AS received_natural_person,
       max(c.value) FILTER (WHERE c.key = 't3.carried_over_in.total')     AS carried_over_in,
       max(c.value) FILTER (WHERE c.key = 't3.granted.total')             AS granted,
       max(c.value) FILTER (WHERE c.key = 't3.partially_granted.total')   AS partially_granted,
       sum(c.value) FILTER (WHERE c.key LIKE 't3.withheld\_%.total' ESCAPE '\')       AS withheld,
       sum(c.value) FILTER (WHERE c.key LIKE 't3.cannot\_%.total' ESCAPE '\')         AS cannot_provide,
       sum(c.value) FILTER (WHERE c.key LIKE 't3.not\_processed\_%.total' ESCAPE '\') AS not_processed,
       sum(c.value) FILTER (WHERE c.key IN ('t3.other.total', 't3.other_no_correction.total',
                                            't3.other_fee_unpaid.total', 't3.other_misc.total')) AS other_outcome,
       max(c.value) FILTER (WHERE c.key = 't3.processed_total.total')     AS processed_total,
       max(c.value) FILTER (WHERE c.key = 't3.carried_over_out.total')    AS carried_over_out,
       max(c.value) FILTER (WHERE c.key = 't4.review.total')              AS review_total,
       max(c.value) FILTER (WHERE c.key = 't4.review.corrected')          AS review_corrected,
       max(c.value) FILTER (WHERE c.key = 't4.review.pending')            AS review_pending,
       sum(c.value) FILTER (WHERE c.key IN ('t4.litigation_direct.total', 't4.litigation_after_review.total')) AS litigation_total,
       sum(c.value) FILTER (WHERE c.key IN ('t4.litigation_direct.corrected', 't4.litigation_after_review.corrected')) AS litigation_corrected,
       sum(c.value) FILTER (WHERE c.key IN ('t4.litigation_direct.pending', 't4.litigation_after_review.pending')) AS litigation_pending,
       max(c.value) FILTER (WHERE c.key = 't2.licensing.decisions')       AS licensing_decisions,
       max(c.value) FILTER (WHERE c.key = 't2.penalty.decisions')         AS penalty_decisions,
       max(c.value) FILTER (WHERE c.key = 't2.coercion.decisions')        AS coercion_decisions
FROM report_list l LEFT JOIN cells c USING (report_id)
GROUP BY ALL;

-- The pivots above, materialised: every chart reads these instead of re-pivoting cells. The loader
-- refreshes them for a dataset inside the same transaction that loads it.
CREATE TABLE requests AS SELECT * FROM requests_source WHERE false;
CREATE TABLE review_litigation AS SELECT * FROM review_litigation_source WHERE false;
CREATE TABLE report_summary AS SELECT * FROM report_summary_source WHERE false;
CREATE TABLE disclosure_summary AS SELECT * FROM disclosure_summary_source WHERE false;

-- requests summed over its reports by every column the views filter on except agency_id (source of table
-- requests_cube): a generated province's 1.7 M rows become 208,849, so the requests view sums these (sum of sums,
-- sum of counts) and reads requests only for an agency filter. Rebuilt whole from requests after every refresh.
CREATE VIEW requests_cube_source AS
SELECT dataset, year, kind, county, report_template, template, row_key,
       sum(natural_person) AS natural_person, sum(commercial_enterprise) AS commercial_enterprise,
       sum(research_institution) AS research_institution, sum(public_welfare_org) AS public_welfare_org,
       sum(legal_service_org) AS legal_service_org, sum(other_org) AS other_org, sum(total) AS total,
       count(*) AS reports,                                       -- reports whose t3 table has the row
       count(*) FILTER (WHERE total IS NULL) AS reports_without_total
FROM requests
GROUP BY dataset, year, kind, county, report_template, template, row_key;
CREATE TABLE requests_cube AS SELECT * FROM requests_cube_source WHERE false;

-- Manual corrections made while importing: a user settled a cell the document could not (picked one of
-- its candidates or typed a value). cells.value holds the corrected value; this keeps who, when and why.
CREATE TABLE corrections (
  report_id    VARCHAR NOT NULL,
  key          VARCHAR NOT NULL,   -- cell key, e.g. t2.normative_docs.issued
  value        DOUBLE,             -- the value chosen or typed
  previous_raw VARCHAR,            -- the cell text as found in the document
  candidates   DOUBLE[],           -- the readings the parser offered (empty when none)
  author       VARCHAR NOT NULL,
  "at"         TIMESTAMP NOT NULL,  -- quoted: AT is a keyword in DuckDB 1.4
  reason       VARCHAR,
  PRIMARY KEY (report_id, key)
);
