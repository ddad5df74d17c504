import type { EChartsOption } from 'echarts';
import { GraphicComponent } from 'echarts/components';
import { echarts } from '../charts/index.ts';
import type { FontFiles } from './font.ts';
import { fontFaceCss, subsetFor } from './font.ts';

// The briefing footer is graphic text; the dashboard itself never needs the component.
echarts.use([GraphicComponent]);

/** Size of an exported chart in CSS pixels. */
export interface ExportSize {
  width: number;
  height: number;
}

/** Render an option to SVG text with ECharts' server-side SVG renderer: no DOM, text stays text. */
export function renderSvg(option: EChartsOption, size: ExportSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** All text an SVG shows (the content of its <text> and <tspan> elements), entities decoded. */
export function svgText(svg: string): string {
  const parts = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
  return parts
    .join('\n')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? whole),
    );
}

/** Put CSS into an SVG's <style>, right after the root element opens. */
export function embedStyle(svg: string, css: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style>${css}</style>${svg.slice(at)}`;
}

/** SVG export: the option rendered as vector, with the glyphs it uses from the bundled font embedded. */
export async function exportSvg(option: EChartsOption, size: ExportSize, fonts: FontFiles): Promise<string> {
  const svg = renderSvg(option, size);
  const subsets = await subsetFor(fonts, svgText(svg));
  const xml = svg.startsWith('<?xml') ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  return xml + embedStyle(svg, fontFaceCss(subsets));
}
