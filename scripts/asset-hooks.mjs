// Node loader hooks for vite's asset imports (`?raw`, `?url`), so command-line scripts run with tsx can import
// modules that the browser build also uses. Usage: node --import tsx --import ./scripts/asset-hooks.mjs <script>.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { readFileSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    export async function load(url, context, next) {
      const q = url.match(/[?](raw|url)$/);
      if (!q) return next(url, context);
      const file = url.slice(0, -q[0].length);
      const text = q[1] === 'raw' ? readFileSync(fileURLToPath(file), 'utf8') : fileURLToPath(file);
      return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
    }
  `)}`,
  import.meta.url,
);
