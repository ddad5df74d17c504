import type { AgencyYears } from '../../queries/index.ts';
import { missingYears } from '../../queries/index.ts';
import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** Which years have no report: gaps inside the agency's span, and dataset years outside it. */
export function MissingYears({ years }: { years: AgencyYears }) {
  const { t, lang } = useDictionary(DICT);
  const have = years.reports.map((r) => r.year);
  const { gaps, outside } = missingYears(have, years.datasetYears);
  const sep = lang === 'zh' ? '、' : ', ';
  if (gaps.length === 0 && outside.length === 0) {
    return have.length ? <p className="note">{t('complete', { first: Math.min(...have), last: Math.max(...have) })}</p> : null;
  }
  return (
    <ul className="missing-years" data-testid="missing-years">
      {gaps.length ? <li>{t('gaps', { years: gaps.join(sep) })}</li> : null}
      {outside.length ? <li>{t('outside', { years: outside.join(sep) })}</li> : null}
    </ul>
  );
}
