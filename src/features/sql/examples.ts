/** A ready-made query for a common question, titled in both languages. */
export interface Example {
  id: string;
  zh: string;
  en: string;
  sql: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'requests-by-agency-year',
    zh: '各机关各年度新收申请',
    en: 'New requests per agency and year',
    sql: `SELECT agency_name, kind, year, received_new, processed_total
FROM report_summary
WHERE dataset = 'demo'
ORDER BY agency_name, year;`,
  },
  {
    id: 'requests-by-year-kind',
    zh: '按年度和机关类型汇总新收申请',
    en: 'New requests by year and agency kind',
    sql: `SELECT year, kind, sum(received_new) AS received_new
FROM report_summary
WHERE dataset = 'demo'
GROUP BY year, kind
ORDER BY year, kind;`,
  },
  {
    id: 'disclosure-rate-ranking',
    zh: '公开率排名（办结 10 件以上）',
    en: 'Disclosure rate ranking (10+ processed)',
    sql: `-- 公开率 = (予以公开 + 部分公开) / 办理结果总计
SELECT agency_name, kind,
       sum(processed_total) AS processed,
       sum(coalesce(granted, 0) + coalesce(partially_granted, 0)) AS disclosed,
       round(disclosed / nullif(processed, 0), 3) AS disclosure_rate
FROM report_summary
WHERE dataset = 'demo'
GROUP BY agency_id, agency_name, kind
HAVING sum(processed_total) >= 10
ORDER BY disclosure_rate DESC, agency_name
LIMIT 30;`,
  },
  {
    id: 'agencies-with-findings',
    zh: '有勾稽问题的机关',
    en: 'Agencies with consistency findings',
    sql: `SELECT l.agency_name, l.year, f.severity, count(*) AS findings,
       string_agg(DISTINCT f.rule, ', ' ORDER BY f.rule) AS rules
FROM findings f
JOIN report_list l USING (report_id)
GROUP BY l.agency_name, l.year, f.severity
ORDER BY findings DESC, l.agency_name, l.year;`,
  },
  {
    id: 'carry-over-mismatch',
    zh: '上年结转与本年结转不一致',
    en: 'Carry-over mismatches between consecutive years',
    sql: `-- 本年"上年结转"应等于上一年"结转下年度继续办理"
SELECT cur.agency_name, prev.year AS prev_year, prev.carried_over_out AS prev_carried_out,
       cur.year, cur.carried_over_in,
       cur.carried_over_in - prev.carried_over_out AS difference
FROM report_summary cur
JOIN report_summary prev ON prev.agency_id = cur.agency_id AND prev.year = cur.year - 1
WHERE cur.carried_over_in IS DISTINCT FROM prev.carried_over_out
ORDER BY abs(difference) DESC NULLS LAST, cur.agency_name, cur.year;`,
  },
  {
    id: 't3-with-labels',
    zh: '申请办理结果（附模板中文行名）',
    en: 'Request outcomes with the template’s Chinese row labels',
    sql: `SELECT k.row_label, r.year, sum(r.total) AS total
FROM requests r
JOIN cell_keys k ON k.template = r.template AND k.key = 't3.' || r.row_key || '.total'
GROUP BY k.ord, k.row_label, r.year
ORDER BY k.ord, r.year;`,
  },
];
