import { useDictionary, usePaged } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { ReportReview } from './report-review.tsx';
import type { ReviewItem } from './review-item.ts';

function Status({ item }: { item: ReviewItem }) {
  const { t } = useDictionary(DICT);
  if (item.outcome) {
    return item.outcome.ok ? (
      <p className="import-ok">{t('loaded')}</p>
    ) : (
      <p className="import-error" role="alert">{t('failed', { error: item.outcome.error })}</p>
    );
  }
  if (item.status === 'refused') return <p className="import-error" role="alert">{t(item.note.key, item.note.vars)}</p>;
  if (item.status === 'workspace') return <p>{t('workspaceFile', { n: item.workspace.batches.length })}</p>;
  if (item.status === 'tables') return <p>{t('tableFile', { n: '—' })}</p>;
  return null;
}

/** What the list's search looks in: the file's path and the agency found in it. */
const searchText = (item: ReviewItem) => (item.status === 'report' ? `${item.path} ${item.name}` : item.path);

/**
 * One entry per file: its path, what was found and what the user decides before loading. A page of 50 at a
 * time with a search by path or agency: hundreds of entries drawn at once block the page for a long task.
 */
export function ReviewList({ items, onChange }: { items: readonly ReviewItem[]; onChange: (next: ReviewItem) => void }) {
  const { page, controls } = usePaged(items, searchText, 50);
  return (
    <div data-testid="review-list" data-items={items.length}>
      {controls}
      <ol className="import-review" start={page.start + 1}>
        {page.rows.map((item) => (
          <li key={item.id} data-testid="review-item" data-path={item.path} data-status={item.outcome ? (item.outcome.ok ? 'loaded' : 'failed') : item.status}>
            <h3>{item.path}</h3>
            <Status item={item} />
            {item.status === 'report' && !item.outcome ? <ReportReview item={item} onChange={onChange} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
