import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeColumn, parseSchemaComments } from '../../../src/features/sql/schema-comments.ts';

const SCHEMA = `-- File header, not about any table.

-- People who file requests.
-- Second line of the description.
CREATE TABLE people (
  id   VARCHAR PRIMARY KEY,  -- national id
  name VARCHAR NOT NULL CHECK (name <> '--'),  -- as written
  kind VARCHAR,
  PRIMARY KEY (id)  -- not a column
);

-- Per person.
CREATE VIEW people_view AS
SELECT id, upper(name) AS shout  -- the name, loud
FROM people;
`;

describe('parseSchemaComments(schema)', () => {
  const notes = parseSchemaComments(SCHEMA);
  it('takes the comment lines right above CREATE as the description, not the file header', () => {
    expect(notes.people?.description).toBe('People who file requests. Second line of the description.');
    expect(notes.people_view?.description).toBe('Per person.');
  });
  it('takes a trailing comment as the description of the column defined on that line', () => {
    expect(notes.people?.columns).toEqual({ id: 'national id', name: 'as written' });
  });
  it('ignores -- inside string literals and constraint lines', () => {
    expect(notes.people?.columns.name).toBe('as written');
    expect(Object.keys(notes.people?.columns ?? {})).not.toContain('PRIMARY');
  });
  it('gives a view column the comment on its AS alias', () => {
    expect(notes.people_view?.columns).toEqual({ shout: 'the name, loud' });
  });
});

describe('describeColumn(notes, table, column)', () => {
  const notes = parseSchemaComments(SCHEMA);
  it('borrows a table column’s description for a view column of the same name', () => {
    expect(describeColumn(notes, 'people_view', 'id')).toBe('national id');
    expect(describeColumn(notes, 'people_view', 'nothing')).toBe('');
  });
});

describe('parseSchemaComments over src/db/schema.sql', () => {
  const notes = parseSchemaComments(readFileSync('src/db/schema.sql', 'utf8'));
  it('describes the core tables and views and their commented columns', () => {
    for (const name of ['agencies', 'reports', 'cells', 'cell_keys', 'findings', 'report_list']) {
      expect(notes[name]?.description, name).not.toBe('');
    }
    expect(notes.cells?.columns.key).toContain('t3.granted.natural_person');
    expect(describeColumn(notes, 'report_list', 'year')).toContain('year reported on');
  });
});
