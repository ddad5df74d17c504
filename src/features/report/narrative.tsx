import { Card, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

const ORDER = ['一', '二', '三', '四', '五', '六'];

/** Sections 一, 五 and 六 as plain text: React escapes it, so markup in a report can never run. */
export function Narrative({ narrative }: { narrative: Readonly<Record<string, string>> }) {
  const { t } = useDictionary(DICT);
  const sections = Object.entries(narrative).sort(([a], [b]) => (ORDER.indexOf(a) + 99) % 99 - (ORDER.indexOf(b) + 99) % 99);
  return (
    <Card title={t('narrative')}>
      {sections.length === 0 ? (
        <p className="empty">{t('noNarrative')}</p>
      ) : (
        <div className="narrative" data-testid="narrative">
          {sections.map(([n, text]) => (
            <section key={n}>
              <h3>{t('section', { n })}</h3>
              <p>{text}</p>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
