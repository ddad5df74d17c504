import type { Lang } from './dictionary.ts';

/** Strings of the export menu and dialog (the export module owns its words, like a feature). */
export const MENU_WORDS = {
  zh: {
    open: '导出',
    openLabel: '导出“{title}”',
    heading: '导出：{title}',
    format: '格式',
    size: '尺寸',
    'size.x1': '屏幕 1×',
    'size.x2': '屏幕 2×',
    'size.x3': '屏幕 3×',
    'size.slide': '幻灯片 16:9（1920×1080）',
    'size.a4-150': 'A4 纵向 150 dpi',
    'size.a4-300': 'A4 纵向 300 dpi',
    title: '标题',
    subtitle: '副标题（筛选条件）',
    names: '文件名',
    'names.zh': '中文',
    'names.pinyin': '拼音',
    download: '下载',
    cancel: '关闭',
    working: '正在导出…',
    batchWorking: '正在导出 {done}/{total}…',
    done: '已导出 {name}',
    failed: '导出失败：{message}',
    loading: '正在读取数据说明…',
    opening: '正在打开导出…',
    dataOnly: '表格只导出数据（CSV、XLSX、Parquet）。',
  },
  en: {
    open: 'Export',
    openLabel: 'Export “{title}”',
    heading: 'Export: {title}',
    format: 'Format',
    size: 'Size',
    'size.x1': 'Screen 1×',
    'size.x2': 'Screen 2×',
    'size.x3': 'Screen 3×',
    'size.slide': 'Slide 16:9 (1920×1080)',
    'size.a4-150': 'A4 portrait 150 dpi',
    'size.a4-300': 'A4 portrait 300 dpi',
    title: 'Title',
    subtitle: 'Subtitle (filters)',
    names: 'File names',
    'names.zh': 'Chinese',
    'names.pinyin': 'Pinyin',
    download: 'Download',
    cancel: 'Close',
    working: 'Exporting…',
    batchWorking: 'Exporting {done}/{total}…',
    done: 'Exported {name}',
    failed: 'Export failed: {message}',
    loading: 'Reading the data notes…',
    opening: 'Opening export…',
    dataOnly: 'Tables export as data only (CSV, XLSX, Parquet).',
  },
} as const;

export type MenuWord = keyof (typeof MENU_WORDS)['zh'];

export function menuWord(lang: Lang, key: MenuWord, vars: Record<string, string | number> = {}): string {
  const text: string = MENU_WORDS[lang][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
