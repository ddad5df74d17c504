/** Short labels and colours of the t3 outcome rows: one hue per group (公开 green, 不予公开 red, 无法提供 orange, 不予处理 purple, 其他 grey). */
export const OUTCOME_LABELS: Record<string, { zh: string; en: string; color: string }> = {
  granted: { zh: '予以公开', en: 'Granted', color: '#2e7d32' },
  partially_granted: { zh: '部分公开', en: 'Partially granted', color: '#81c784' },
  withheld_state_secret: { zh: '不予公开·国家秘密', en: 'Withheld: state secret', color: '#7f1d1d' },
  withheld_law_prohibited: { zh: '不予公开·法律法规禁止', en: 'Withheld: barred by law', color: '#991b1b' },
  withheld_security_stability: { zh: '不予公开·三安全一稳定', en: 'Withheld: security/stability', color: '#b91c1c' },
  withheld_third_party: { zh: '不予公开·第三方权益', en: 'Withheld: third-party rights', color: '#dc2626' },
  withheld_internal_affairs: { zh: '不予公开·内部事务', en: 'Withheld: internal affairs', color: '#ef4444' },
  withheld_process_info: { zh: '不予公开·过程性信息', en: 'Withheld: process information', color: '#f87171' },
  withheld_enforcement_file: { zh: '不予公开·行政执法案卷', en: 'Withheld: enforcement file', color: '#fca5a5' },
  withheld_admin_query: { zh: '不予公开·行政查询事项', en: 'Withheld: administrative query', color: '#fecaca' },
  cannot_not_held: { zh: '无法提供·本机关不掌握', en: 'Cannot provide: not held', color: '#c2410c' },
  cannot_needs_creation: { zh: '无法提供·需另行制作', en: 'Cannot provide: needs creating', color: '#f97316' },
  cannot_unclear: { zh: '无法提供·补正后仍不明确', en: 'Cannot provide: unclear', color: '#fdba74' },
  not_processed_petition: { zh: '不予处理·信访举报投诉', en: 'Not processed: petition', color: '#581c87' },
  not_processed_duplicate: { zh: '不予处理·重复申请', en: 'Not processed: duplicate', color: '#7e22ce' },
  not_processed_publication: { zh: '不予处理·公开出版物', en: 'Not processed: publication', color: '#a855f7' },
  not_processed_excessive: { zh: '不予处理·大量反复申请', en: 'Not processed: excessive', color: '#c084fc' },
  not_processed_confirm_reissue: { zh: '不予处理·确认或重新出具', en: 'Not processed: confirm/reissue', color: '#e9d5ff' },
  other: { zh: '其他处理（2019版单行）', en: 'Other (2019 template, one row)', color: '#4b5563' },
  other_no_correction: { zh: '其他处理·逾期不补正', en: 'Other: no correction in time', color: '#6b7280' },
  other_fee_unpaid: { zh: '其他处理·逾期未缴费', en: 'Other: fee unpaid', color: '#9ca3af' },
  other_misc: { zh: '其他处理·其他', en: 'Other: miscellaneous', color: '#d1d5db' },
};

export const outcomeLabel = (row: string, lang: 'zh' | 'en'): string => OUTCOME_LABELS[row]?.[lang] ?? row;
