import { findKey } from '../../domain/index.ts';
import type { TableId } from '../../domain/index.ts';
import { CardExport } from '../../export/index.ts';
import type { Filters, ReportFinding, ReportMeta } from '../../queries/index.ts';
import { reportFindingsSql } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { cellId } from './cell-context.ts';
import { DICT } from './dictionary.ts';

/** A readable name for a cell key: the template's row and column labels when known. */
function cellName(key: string, tables: ReportMeta['tables']): string {
  const own = tables[key.split('.')[0] as TableId];
  const k = (own ? findKey(own, key) : undefined) ?? findKey('v2021', key) ?? findKey('v2019', key);
  return k ? `${k.caption ? `${k.caption} ` : ''}${k.rowLabel} · ${k.colLabel}` : key;
}

/** The report's findings, errors first; each names its cells, which are highlighted in the tables. */
export function FindingsList(props: { findings: readonly ReportFinding[]; tables: ReportMeta['tables']; reportId: string; filters: Filters }) {
  const { findings, tables } = props;
  const { t, lang } = useDictionary(DICT);
  return (
    <Card
      title={`${t('findings')}（${findings.length}）`}
      actions={<CardExport subject={t('findings')} rows={reportFindingsSql(props.reportId)} filters={props.filters} />}
    >
      {findings.length === 0 ? (
        <p className="empty">
          {t('noFindings')} <span className="muted">{t('findingsPending')}</span>
        </p>
      ) : (
        <ul className="findings" data-testid="findings">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={`finding-${f.severity}`}>
              <strong>
                {f.rule} · {t(f.severity)}
              </strong>{' '}
              {lang === 'zh' ? f.messageZh : f.messageEn}
              {f.expected !== null && f.actual !== null ? (
                <span className="muted">（{t('expected', { expected: f.expected, actual: f.actual })}）</span>
              ) : null}
              {f.cells.length ? <FindingCells cells={f.cells} tables={tables} /> : null}
              {f.relatedReportId ? <span className="muted">{t('related', { id: f.relatedReportId })}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const SHOWN = 4;

/** The cells a finding names, as buttons that move focus to the cell; long lists fold away. */
function FindingCells({ cells, tables }: { cells: readonly string[]; tables: ReportMeta['tables'] }) {
  const { t } = useDictionary(DICT);
  const button = (key: string) => (
    <button key={key} type="button" className="link" onClick={() => document.getElementById(cellId(key))?.focus()}>
      {cellName(key, tables)}
    </button>
  );
  return (
    <span className="finding-cells">
      {t('cells')}：{cells.slice(0, SHOWN).map(button)}
      {cells.length > SHOWN ? (
        <details>
          <summary>{t('moreCells', { n: cells.length - SHOWN })}</summary>
          {cells.slice(SHOWN).map(button)}
        </details>
      ) : null}
    </span>
  );
}
