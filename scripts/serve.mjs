// A plain static file server for dist/ (no on-the-fly gzip, unlike `vite preview`): the way an intranet
// web server serves the dashboard. Usage: node scripts/serve.mjs [dir] [--port N] [--host H]
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serve `dir` on host:port, and each folder of `mounts` under its URL prefix (e.g. { '/bench-data/': 'bench-data' }
 * for data packs beside the app); resolves to the server and its address once listening.
 */
export function serve(dir, { host = '127.0.0.1', port = 0, mounts = {} } = {}) {
  const options = { dev: false, etag: true, single: false };
  const root = sirv(path.resolve(dir), options);
  const mounted = Object.entries(mounts).map(([prefix, folder]) => [prefix, sirv(path.resolve(folder), options)]);
  const server = http.createServer((req, res) => {
    const hit = mounted.find(([prefix]) => req.url?.startsWith(prefix));
    if (!hit) return root(req, res);
    req.url = req.url.slice(hit[0].length - 1);
    return hit[1](req, res, () => ((res.statusCode = 404), res.end()));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/` });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const flag = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const { url } = await serve(dir, { host: flag('host', '127.0.0.1'), port: Number(flag('port', '4173')) });
  console.log(`Disclosure Atlas is being served from ${dir}/ at ${url}  (Ctrl+C to stop)`);
}
