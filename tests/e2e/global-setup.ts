import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

let server: Server | undefined;

/** Serve dist/ on 127.0.0.1 for the whole run and hand its address to the tests. */
export async function setup(project: TestProject): Promise<void> {
  // DIST_DIR lets several people build and test side by side without overwriting each other's dist/.
  const dir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  const started = (await serve(dir, { host: '127.0.0.1', port: 0 })) as { server: Server; url: string };
  server = started.server;
  project.provide('baseUrl', started.url);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
