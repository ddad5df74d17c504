import type { ReportMeta } from '../../queries/index.ts';
import type { MessageKey } from '../../ui/index.ts';
import { Boundary, Card, datasetLabel, useDictionary, useT, ViewLink } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { YearLinks } from './year-links.tsx';

/** Who published the report, when, from which file, in which templates, and in which dataset. */
export function MetaCard({ meta }: { meta: ReportMeta }) {
  const { t } = useDictionary(DICT);
  const shell = useT();
  const tpl = (v: string | null) => (v ? shell.t(`template.${v}` as MessageKey) : '—');
  return (
    <Card title={t('meta')}>
      <h2 className="report-title" data-testid="report-title">{meta.title}</h2>
      {meta.dataset === 'demo' ? <p className="notice" role="note">{t('synthetic')}</p> : null}
      <dl className="meta">
        <dt>{t('agency')}</dt>
        <dd>
          <ViewLink to={{ v: 'agency', agency: meta.agencyId }}>{meta.agencyName}</ViewLink>
          <span className="muted">（{shell.t(`kind.${meta.kind}`)}{meta.county ? ` · ${meta.county}` : ''}）</span>
        </dd>
        <dt>{t('year')}</dt>
        <dd>
          {t('yearSuffix', { year: meta.year })}
          <Boundary fallback={null}>
            <YearLinks agencyId={meta.agencyId} current={meta.reportId} />
          </Boundary>
        </dd>
        <dt>{t('template')}</dt>
        <dd>
          {tpl(meta.template)}
          <span className="muted">（{t('templatePerTable', { t2: tpl(meta.tables.t2), t3: tpl(meta.tables.t3), t4: tpl(meta.tables.t4) })}）</span>
        </dd>
        <dt>{t('published')}</dt>
        <dd>{meta.publishDate ?? t('unknownDate')}</dd>
        <dt>{t('source')}</dt>
        <dd><code>{meta.sourceFile}</code></dd>
        <dt>{t('dataset')}</dt>
        <dd>{datasetLabel(shell.lang, meta.dataset)}</dd>
      </dl>
      {meta.unreadable.length ? <p className="error">{t('unreadable', { cols: meta.unreadable.join(', ') })}</p> : null}
    </Card>
  );
}
