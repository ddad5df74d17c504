import { describe, expect, it } from 'vitest';
import { fileName, sanitizeFileName, toPinyin } from '../../src/export/file-name.ts';

describe('fileName(parts, script, ext)', () => {
  it('names region, subject and years in Chinese', () => {
    expect(fileName({ subject: '公开率', region: '样例县', years: [2021, 2019, 2020] }, 'zh', 'png')).toBe('样例县_公开率_2019-2021.png');
  });

  it('spells the same name in toneless pinyin', () => {
    expect(fileName({ subject: '公开率', region: '样例县', years: [2019, 2021] }, 'pinyin', 'svg')).toBe(
      'yanglixian_gongkailv_2019_2021.svg',
    );
    expect(toPinyin('城关镇人民政府')).toBe('chengguanzhenrenminzhengfu');
    expect(toPinyin('女')).toBe('nv');
  });

  it('keeps non-Chinese text and turns spaces into dashes', () => {
    expect(fileName({ subject: 'New requests by kind', years: [2023] }, 'pinyin', 'csv')).toBe('New-requests-by-kind_2023.csv');
  });
});

describe('sanitizeFileName(name)', () => {
  it('replaces characters Windows or macOS reject', () => {
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(sanitizeFileName('报告\u0000\u001f名')).toBe('报告-名');
  });

  it('drops trailing dots and spaces and escapes reserved device names', () => {
    expect(sanitizeFileName('  名称. . ')).toBe('名称');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(sanitizeFileName('...')).toBe('export');
  });

  it('keeps names short enough for 255-byte file systems', () => {
    const long = sanitizeFileName('政'.repeat(300));
    expect([...long].length).toBe(80);
    expect(new TextEncoder().encode(`${long}.parquet`).length).toBeLessThan(255);
  });
});
