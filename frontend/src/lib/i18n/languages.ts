/**
 * The languages of the UI. To add one: add src/locales/<code>.json with the same keys as en.json
 * and one line here.
 */
export const languages = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'sl', label: 'Slovenščina' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const defaultLanguage: LanguageCode = 'en';

export function isSupportedLanguage(code: string | null | undefined): code is LanguageCode {
  return languages.some((l) => l.code === code);
}

/** The first supported language among the browser's preferences, else English. */
export function browserLanguage(
  preferences: readonly string[] = navigator.languages ?? [],
): LanguageCode {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupportedLanguage(base)) return base;
  }
  return defaultLanguage;
}
