import { useContext } from 'react';
import { LanguageContext } from './i18n.tsx';

const SYMBOL = { clean: '✓', warnings: '!', errors: '✖' } as const;

const n = (count: number, zh: string, en: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? `${count} 项${zh}` : `${count} ${en}${count === 1 ? '' : 's'}`;

/**
 * A report's quality at a glance: a symbol and text, coloured by level. Takes the counts (ui may not import
 * queries); the levels and labels match `qualityBadge` in queries/report-quality.ts.
 */
export function QualityBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const lang = useContext(LanguageContext);
  const level = errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
  const parts = [
    errors > 0 ? n(errors, '错误', 'error', lang) : '',
    warnings > 0 ? n(warnings, '警告', 'warning', lang) : '',
  ].filter(Boolean);
  const label = parts.length ? parts.join(lang === 'zh' ? '、' : ', ') : lang === 'zh' ? '未发现问题' : 'No issues found';
  return (
    <span className={`quality-badge quality-${level}`} data-level={level}>
      <span aria-hidden="true">{SYMBOL[level]} </span>
      {label}
    </span>
  );
}
