import { describe, expect, it } from 'vitest';
import { inlined } from '../../../../scripts/bench/overhead/queries.ts';
import { sql } from '../../../../src/db/index.ts';

describe('inlined(q)', () => {
  it('writes each parameter in as a literal, leaving quoted strings and comments alone', () => {
    const q = sql`
      -- a province's reports: the apostrophe opens no string, and this ? is no placeholder
      SELECT 'it''s ?' AS s, ${"O'Neil"} AS name /* nor ? here */, ${2024} AS year, ${null} AS none, ${true} AS yes`;
    expect(inlined(q)).toBe(`
      -- a province's reports: the apostrophe opens no string, and this ? is no placeholder
      SELECT 'it''s ?' AS s, 'O''Neil' AS name /* nor ? here */, 2024 AS year, NULL AS none, TRUE AS yes`);
  });
});
