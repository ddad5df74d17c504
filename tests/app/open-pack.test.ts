import { describe, expect, it } from 'vitest';
import { packLocation } from '../../src/app/open-pack.ts';

describe('packLocation', () => {
  it('takes relative paths on this site', () => {
    expect(packLocation('packs/province')).toBe('packs/province');
    expect(packLocation('bench-data/city/manifest.json')).toBe('bench-data/city/manifest.json');
  });

  it.each(['https://example.org/p', '//example.org/p', '/etc/packs', 'a/../../b', '..', './p', 'p?x=1', 'a\\b', 'javascript:alert(1)', ''])(
    'refuses %j with a message naming it',
    (param) => {
      expect(() => packLocation(param)).toThrow(`?data=${param}: not a relative path`);
    },
  );
});
