import { useDictionary } from '../../ui/index.ts';
import { useCells } from './cell-context.ts';
import { cellDetail } from './cell-detail.ts';
import { DICT } from './dictionary.ts';

/** A bar at the bottom of the screen with the details of the cell under the pointer or with focus. */
export function DetailBar({ shown }: { shown: string | null }) {
  const { t, lang } = useDictionary(DICT);
  const ctx = useCells();
  if (!shown) return null;
  const lines = cellDetail(shown, ctx.cells[shown], ctx.ambiguous[shown], ctx.findings.get(shown) ?? [], t, lang);
  return (
    <div className="detail-bar" data-testid="cell-detail">
      {lines.map((l, i) => (
        <span key={i}>{l}</span>
      ))}
    </div>
  );
}
