import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPaintSnapshot } from './scripts/first-paint-plugin.ts';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

// base './' so dist/ works from any folder of any static server (intranet share, file server).
export default defineConfig({
  base: './',
  plugins: [react(), firstPaintSnapshot()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Data files stay files, however small: the first-paint snapshot names the files it was computed from.
    assetsInlineLimit: (file) => (file.startsWith(DATA_DIR) ? false : undefined),
  },
  worker: { format: 'es' },
});
