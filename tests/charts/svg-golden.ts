import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/echarts.ts';

const svgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '__svg__');

/** Render an option as the SVG export does (ECharts SSR), with per-instance class ids normalised. */
export function renderSvg(option: EChartsOption, width = 640, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return `${chart.renderToSVGString().replace(/zr\d+-cls-(\d+)/g, 'zr-cls-$1')}\n`;
  } finally {
    chart.dispose();
  }
}

/**
 * Compare with `__svg__/<name>.svg`: a missing golden is written, and fails under CI=true; a mismatch
 * writes `<name>-changed.svg` and fails. Returns the failure message, or undefined.
 */
export function checkSvgGolden(name: string, svg: string): string | undefined {
  const file = path.join(svgDir, `${name}.svg`);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') return `missing golden ${name}.svg`;
    writeFileSync(file, svg);
    return undefined;
  }
  if (readFileSync(file, 'utf8') === svg) return undefined;
  writeFileSync(path.join(svgDir, `${name}-changed.svg`), svg);
  return `${name}.svg differs: see ${name}-changed.svg`;
}
