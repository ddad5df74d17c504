import type { ExportTools } from './briefing.ts';

/** The browser's export tools, each module loaded on first use so the dashboard's first paint stays light. */
export const browserTools: ExportTools = {
  fonts: () => import('./browser-fonts.ts').then((m) => m.browserFonts()),
  parquet: () => import('./browser-parquet.ts').then((m) => m.browserParquet()),
  png: (option, preset, fonts) => import('./png.ts').then((m) => m.exportPng(option, preset, fonts)),
};
