import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BatchSpec, ExportSpec } from '../../export/index.ts';
import { briefingOption, briefingTexts, browserTools, exportSvg, ExportMenu, optionOf } from '../../export/index.ts';
import { useConnector, useT } from '../../ui/index.ts';

/** Print size of a chart: the A4 text column at 96 dpi; the SVG scales with the page. */
const SIZE = { width: 700, height: 420 };

/**
 * One chart of the brief as the SVG the export writes (vector, with the glyphs it uses embedded), so the
 * printout and the exported file are the same picture.
 */
export function PrintChart({ id, load, batches }: { id: string; load: () => Promise<ExportSpec>; batches?: readonly BatchSpec[] }) {
  const db = useConnector();
  const { lang } = useT();
  const { data } = useSuspenseQuery({
    queryKey: ['printChart', id, lang],
    queryFn: async () => {
      const spec = await load();
      const { scope: _scope, ...texts } = await briefingTexts(db, spec, lang);
      const option = briefingOption(await optionOf(spec), { ...texts, width: SIZE.width });
      const svg = await exportSvg(option, SIZE, await browserTools.fonts());
      return { spec, svg };
    },
  });
  return (
    <figure className="print-chart" data-testid="print-chart">
      <div className="print-actions no-print">
        <ExportMenu db={db} lang={lang} {...data.spec} batches={batches} />
      </div>
      <SvgImage svg={data.svg} label={data.spec.title} />
    </figure>
  );
}

/**
 * The exported SVG shown as an image (object URL), never injected as markup: the text in it comes from
 * the data, and the same file prints exactly as it downloads.
 */
function SvgImage({ svg, label }: { svg: string; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  return <div className="print-svg">{url ? <img src={url} alt={label} /> : null}</div>;
}
