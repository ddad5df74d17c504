import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import './paged.css';
import { useT } from './i18n.tsx';
import type { Page } from './paging.ts';
import { pageOf } from './paging.ts';

/**
 * Long lists (thousands of agencies at province scale) a page at a time, with a search by name. Returns
 * the page and its controls; below one page and without a search the controls stay out of the way.
 */
export function usePaged<T>(rows: readonly T[], text: (row: T) => string, size = 50): { page: Page<T>; controls: ReactNode } {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const shown = pageOf(rows, search, page, size, text);
  const controls = rows.length > size ? <Pager page={shown} total={rows.length} search={search} onSearch={(s) => (setSearch(s), setPage(0))} onPage={setPage} /> : null;
  return { page: shown, controls };
}

interface PagerProps {
  page: Page<unknown>;
  total: number;
  search: string;
  onSearch: (search: string) => void;
  onPage: (page: number) => void;
}

function Pager({ page, total, search, onSearch, onPage }: PagerProps) {
  const { t } = useT();
  const id = useId();
  const last = page.start + page.rows.length;
  return (
    <div className="pager" role="group" aria-label={t('pager.label')}>
      <label htmlFor={id}>{t('pager.search')}</label>
      <input id={id} type="search" value={search} onChange={(e) => onSearch(e.target.value)} data-testid="pager-search" />
      <span className="muted" aria-live="polite" data-testid="pager-status">
        {t('pager.status', { from: page.matched ? page.start + 1 : 0, to: last, matched: page.matched, total })}
      </span>
      <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        {t('pager.prev')}
      </button>
      <button type="button" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
        {t('pager.next')}
      </button>
    </div>
  );
}

/**
 * A search box over the options of a picker: at most `max` matches are offered (a select with 10,000
 * options is unusable), with a note when more match. Short lists get no box. The row `picked` finds (the
 * select's value) comes first when the search leaves it out, so the select never loses its value.
 */
export function useSearchList<T>(rows: readonly T[], text: (row: T) => string, max = 200, picked?: (row: T) => boolean): { rows: T[]; search: ReactNode } {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const id = useId();
  const found = pageOf(rows, query, 0, max, text);
  if (rows.length <= max) return { rows: [...rows], search: null };
  const kept = picked && !found.rows.some(picked) ? rows.find(picked) : undefined;
  const search = (
    <span className="picker-search">
      <label htmlFor={id}>{t('pager.search')}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="picker-search" />
      {found.matched > max ? <span className="muted">{t('picker.more', { shown: max, matched: found.matched })}</span> : null}
    </span>
  );
  return { rows: kept === undefined ? found.rows : [kept, ...found.rows], search };
}
