import { createContext, useContext, useMemo } from 'react';
import type { Language, MessageKey } from './messages.ts';
import { MESSAGES } from './messages.ts';

/** Translate a key, filling `{name}` placeholders. */
export function translate(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[lang][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A dataset's name: its label when it has one (demo, samples, imported), else its id. */
export function datasetLabel(lang: Language, dataset: string): string {
  const key = `dataset.${dataset}`;
  return key in MESSAGES[lang] ? translate(lang, key as MessageKey) : dataset;
}

export const LanguageContext = createContext<Language>('zh');

// Both hooks return the same object while the language stays, so views can memoise what they build with `t`
// (a chart option rebuilt with equal values still costs ECharts a merge).

/** The current language and its translate function. */
export function useT() {
  const lang = useContext(LanguageContext);
  return useMemo(() => ({ lang, t: (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars) }), [lang]);
}

/** A feature's own strings, Chinese and English, with the same keys in both. */
export type Dictionary<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

/** Translate with a feature-local dictionary, so each feature owns its strings. */
export function useDictionary<K extends string>(dict: Dictionary<K>) {
  const lang = useContext(LanguageContext);
  return useMemo(
    () => ({
      lang,
      t: (key: K, vars: Record<string, string | number> = {}) =>
        dict[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)),
    }),
    [dict, lang],
  );
}
