import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

let server: Server | undefined;

/** Serve dist/ on 127.0.0.1 for the whole run and hand its address to the tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const started = (await serve('dist', { host: '127.0.0.1', port: 0 })) as { server: Server; url: string };
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
