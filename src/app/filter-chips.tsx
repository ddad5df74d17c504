import { useT } from '../ui/index.ts';
import type { ViewState } from './view-state.ts';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

interface ChipsProps<T extends string | number> {
  /** The filter's name, as `data-filter` for tests and benchmarks (views have chip groups of their own). */
  name: 'years' | 'kinds' | 'cities' | 'counties' | 'templates';
  label: string;
  options: readonly T[];
  selected: readonly T[];
  render: (value: T) => string;
  /** Toggle one option, or clear the filter (null); the caller applies it to the current URL state. */
  onToggle: (value: T | null) => void;
}

export function Chips<T extends string | number>({ name, label, options, selected, render, onToggle }: ChipsProps<T>) {
  const { t } = useT();
  return (
    <fieldset className="chips" data-filter={name}>
      <legend>{label}</legend>
      <button type="button" aria-pressed={selected.length === 0} onClick={() => onToggle(null)}>
        {t('filter.all')}
      </button>
      {options.map((o) => (
        <button key={o} type="button" aria-pressed={selected.includes(o)} onClick={() => onToggle(o)}>
          {render(o)}
        </button>
      ))}
    </fieldset>
  );
}

/** The view's filters, and how a chip changes them. */
export type FilterValues = ViewState['filters'];
export type SetFilters = (update: (current: FilterValues) => Partial<FilterValues>) => void;

/** The toggled list of one filter, computed from the filters as they are at click time. */
export const toggled =
  <K extends 'years' | 'kinds' | 'cities' | 'counties' | 'templates'>(key: K, value: NonNullable<FilterValues[K]>[number] | null) =>
  (current: FilterValues): Partial<FilterValues> => ({
    [key]: value === null ? [] : toggle((current[key] ?? []) as readonly (typeof value)[], value),
  });
