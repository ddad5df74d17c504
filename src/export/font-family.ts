/** The family exported charts name first; its faces are the subsets embedded in (or loaded for) each export. */
export const EXPORT_FONT_FAMILY = 'Atlas Noto Sans SC';
// Single quotes: ECharts' SVG renderer writes the family into a double-quoted style attribute unescaped.
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;
