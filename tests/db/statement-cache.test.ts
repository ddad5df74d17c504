import { describe, expect, it } from 'vitest';
import { statementCache } from '../../src/db/statement-cache.ts';

function fakeEngine() {
  const log: string[] = [];
  const prepare = async (text: string) => {
    log.push(`prepare ${text}`);
    return { text, close: async () => void log.push(`close ${text}`) };
  };
  return { log, prepare };
}

describe('statementCache', () => {
  it('prepares a text once and reuses it', async () => {
    const { log, prepare } = fakeEngine();
    const cache = statementCache(prepare, 4);
    const a = await cache.withStatement('q1', async (s) => s.text);
    const b = await cache.withStatement('q1', async (s) => s.text);
    expect([a, b]).toEqual(['q1', 'q1']);
    expect(log).toEqual(['prepare q1']);
  });

  it('closes the least recently used statement past its capacity', async () => {
    const { log, prepare } = fakeEngine();
    const cache = statementCache(prepare, 2);
    for (const q of ['q1', 'q2', 'q1', 'q3']) await cache.withStatement(q, async () => undefined);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['prepare q1', 'prepare q2', 'prepare q3', 'close q2']);
    expect(cache.size()).toBe(2);
  });

  it('never closes a statement while a query is using it', async () => {
    const { log, prepare } = fakeEngine();
    const cache = statementCache(prepare, 1);
    let release!: () => void;
    const busy = cache.withStatement('q1', () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 0));
    await cache.withStatement('q2', async () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).not.toContain('close q1');
    release();
    await busy;
    await cache.withStatement('q3', async () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toContain('close q1');
  });

  it('drops and closes a statement whose query failed, and prepares it again next time', async () => {
    const { log, prepare } = fakeEngine();
    const cache = statementCache(prepare, 4);
    await expect(cache.withStatement('q1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    await cache.withStatement('q1', async () => undefined);
    expect(log).toEqual(['prepare q1', 'close q1', 'prepare q1']);
  });
});
