import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uniqueNames, zipEntries } from '../../src/export/zip.ts';

describe('zipEntries(entries)', () => {
  it('keeps Chinese names and every file, renaming repeats', () => {
    const bytes = zipEntries([
      { name: '样例县_公开率.png', bytes: new Uint8Array([1, 2, 3]) },
      { name: '样例县_公开率.png', bytes: new Uint8Array([4]) },
      { name: 'data.csv', bytes: new TextEncoder().encode('a,b\n1,2\n') },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['样例县_公开率.png', '样例县_公开率 (2).png', 'data.csv']);
    expect([...(files['样例县_公开率 (2).png'] ?? [])]).toEqual([4]);
  });

  it('uniqueNames(names) numbers repeats before the extension', () => {
    expect(uniqueNames(['a.svg', 'a.svg', 'a.svg', 'b'])).toEqual(['a.svg', 'a (2).svg', 'a (3).svg', 'b']);
  });
});
