import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so dist/ works from any folder of any static server (intranet share, file server).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
