/**
 * Named regexes of the report grammar (moo/marked style). Every rule has a test case in
 * tests/parse/rules.test.ts. Rules run on normalised text: NFKC (half-width punctuation), Simplified.
 */
export const rules = {
  /** Crawler metadata line: `标题: …`, `发布时间: …`. */
  metaField: /^(标题|发布时间|文号|发布机构|栏目|原文链接|本地目录)\s*[:：]\s*(.*)$/,
  /** End of a crawler's metadata header. */
  metaEnd: /^=+\s*正文\s*=+\s*$/,
  /** A line that is only pipes (and spaces): spacer or blank cells of a pipe rendering. */
  pipeOnly: /^[\s|]+$/,
  /** Page numbers printed by PDF extraction: `- 1 -`, `第 2 页`, `3/10`. */
  pageNumber: /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*,?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/,
  /** A cell (or space-separated word) that stands for zero / not applicable: —, /, 无. */
  nullish: /^(?:[-—–－─―‐/\\]+|无|空)$/,
  /** A number, signed, with decimals and a money unit; the ordinal case is handled by the lexer. */
  number: /[+-]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s*(?:万元|元))?/y,
  /** Section heading numeral (not inside parentheses): `二、`. */
  headingNumeral: /(?<![(\[【〔])([一二三四五六])\s*[、.]/g,
  /** Year and report words of a title: `2020年政府信息公开工作年度报告`. */
  title: /(\d{4})\s*年\s*度?\s*(?:的)?\s*(?:政府信息公开|政务公开|信息公开)[^。,;]{0,12}?报告/,
  /** Junk before an agency name in a title (mirror-site domains). */
  titleJunk: /^[\w-][\w.-]*\.(?:com|cn|net|org)(?![\w])|^关于/i,
  /** Row labels an agency added on its own (kept as extra rows). */
  extraRow: /行政检查|行政确认|行政征收|行政征用|行政给付|行政奖励|行政裁决|其他主动公开/,
  /** Money unit written in a header or cell. */
  unitWan: /万元/,
  unitYuan: /\(元\)|单位:元|\d\s*元/,
} as const;

/** Keyword a section heading must carry after its numeral, by section number. */
export const sectionKeywords: Record<number, RegExp> = {
  1: /总体|概述|概况/,
  2: /主动公开/,
  3: /申请/,
  4: /复议|诉讼/,
  5: /问题|改进/,
  6: /其他|其它/,
};

/** Labels that decide a table's template. */
export const templateMarkers = {
  t2v2021: /本年制发件数|本年废止件数|现行有效件|本年收费金额|制发件数/,
  t2v2019: /本年新制作|本年新公开|对外公开总数|上一年项目数|本年增\/?减|第二十条第\(九\)项|采购项目数|采购总金额/,
  t3v2021: /逾期不补正|逾期未按收费|缴纳费用|未缴费/,
  t3v2019: /其他处理/,
} as const;

/** Anchors that start a table when its section heading is missing. */
export const tableAnchors = {
  t2: /第二十条第/,
  t3: /勾稽关系|申请人情况|本年新收/,
  t4: /行政复议/,
} as const;

/** Label typos and variants seen in real reports, rewritten before matching. */
export const labelFixes: readonly [RegExp, string][] = [
  [/本年增\s*[\\|/]?\s*减/g, '本年增/减'],
  [/行政法复议/g, '行政复议'],
  [/主动公开政府政府/g, '主动公开政府信息'],
  [/过程性性/g, '过程性'],
  [/现行有效件(?!数)/g, '现行有效件数'],
  [/政府资讯/g, '政府信息'],
  [/\s+/g, ''],
];

/** A row of a table as the parser matches it: a strong label, and a weak one that needs values. */
export interface RowRule {
  row: string;
  re: RegExp;
  weak?: RegExp;
}

export const t2Rows: Record<'v2019' | 'v2021', RowRule[]> = {
  v2019: [
    { row: 'regulations', re: /规章/ },
    { row: 'normative_docs', re: /规范性文件/ },
    { row: 'licensing', re: /行政许可/ },
    { row: 'other_mgmt_services', re: /其他对外管理服务|对外管理服务事项/ },
    { row: 'penalty', re: /行政处罚/ },
    { row: 'coercion', re: /行政强制/ },
    { row: 'admin_fees', re: /事业性收费/ },
    { row: 'central_procurement', re: /政府集中采购|集中采购/ },
  ],
  v2021: [
    { row: 'regulations', re: /规章/ },
    { row: 'normative_docs', re: /规范性文件/ },
    { row: 'licensing', re: /行政许可/ },
    { row: 'penalty', re: /行政处罚/ },
    { row: 'coercion', re: /行政强制/ },
    { row: 'admin_fees', re: /事业性收费/ },
  ],
};

const t3Common: RowRule[] = [
  { row: 'received_new', re: /本年新收/ },
  { row: 'carried_over_in', re: /上年结转/ },
  { row: 'granted', re: /予以公开/ },
  { row: 'partially_granted', re: /部分公开/ },
  { row: 'withheld_state_secret', re: /国家秘密|属于国家/ },
  { row: 'withheld_law_prohibited', re: /禁止公开|其他法律行政/ },
  { row: 'withheld_security_stability', re: /三安全|一稳定|危及/ },
  { row: 'withheld_third_party', re: /第三方/ },
  { row: 'withheld_internal_affairs', re: /内部事务|三类内部/ },
  { row: 'withheld_process_info', re: /过程性|四类过程/ },
  { row: 'withheld_enforcement_file', re: /执法案卷|属于行政执法/ },
  { row: 'withheld_admin_query', re: /行政查询/ },
  { row: 'cannot_not_held', re: /不掌握/ },
  { row: 'cannot_needs_creation', re: /另行制作|没有现成/ },
  { row: 'cannot_unclear', re: /仍不明确|补正后申请/ },
  { row: 'not_processed_petition', re: /信访|举报投诉/ },
  { row: 'not_processed_duplicate', re: /重复申请/ },
  { row: 'not_processed_publication', re: /出版物|要求提供公开/ },
  { row: 'not_processed_excessive', re: /大量反[复覆]|无正当理由大/ },
  { row: 'not_processed_confirm_reissue', re: /重新出具|确认或重新|要求行政机关/ },
];
const t3Tail: RowRule[] = [
  { row: 'processed_total', re: /\(七\)\s*总计|七[、.]\s*总计/, weak: /^总计$/ },
  { row: 'carried_over_out', re: /结转下年/ },
];

export const t3RowRules: Record<'v2019' | 'v2021', RowRule[]> = {
  v2019: [...t3Common, { row: 'other', re: /其他处理/ }, ...t3Tail],
  v2021: [
    ...t3Common,
    { row: 'other_no_correction', re: /逾期不补正|无正当理由逾期/ },
    { row: 'other_fee_unpaid', re: /逾期未按|缴纳费用|未缴费/ },
    { row: 'other_misc', re: /3\.\s*其他$/, weak: /^(?:\(六\)其他处理)?其他$/ },
    ...t3Tail,
  ],
};
