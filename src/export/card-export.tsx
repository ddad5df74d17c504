import type { ExportSpec } from './briefing.ts';
import type { BatchSpec } from './export-menu.tsx';
import { ExportMenu } from './export-menu.tsx';
import { CardActions, useCardTitle, useConnector, useT } from '../ui/index.ts';

export type CardExportProps = Omit<ExportSpec, 'title'> & {
  /** Defaults to the enclosing card's title. */
  title?: string;
  batches?: readonly BatchSpec[];
  /** Stay in place (a chart among several in one card) instead of moving to the card header. */
  inline?: boolean;
};

/**
 * The one way a view offers export: put it next to the chart or table it exports, with the option the
 * component drew and the SQL of its rows; it shows in the card header with the card's title.
 */
export function CardExport({ inline, title, ...spec }: CardExportProps) {
  const db = useConnector();
  const { lang } = useT();
  const cardTitle = useCardTitle();
  const menu = <ExportMenu db={db} lang={lang} title={title ?? cardTitle ?? ''} {...spec} />;
  return inline ? menu : <CardActions>{menu}</CardActions>;
}
