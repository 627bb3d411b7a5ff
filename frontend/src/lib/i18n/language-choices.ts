import { languageName } from './language-name';
import { languages } from './languages';

/**
 * The languages to choose from for an offer or a child: those of the UI and of the partner regions,
 * plus the ones many families there speak at home. ISO 639-1 codes, as the API stores them.
 */
export const CHOOSABLE_LANGUAGES: readonly string[] = [
  ...languages.map((l) => l.code),
  'hr',
  'bs',
  'sr',
  'sq',
  'mk',
  'hu',
  'it',
  'pl',
  'ro',
  'ru',
  'uk',
  'tr',
  'ar',
  'fa',
];

/** The choices by name in the UI language; codes already chosen are kept. */
export function languageChoices(
  uiLanguage: string,
  current: readonly string[] = [],
): { value: string; label: string }[] {
  const codes = [...new Set([...CHOOSABLE_LANGUAGES, ...current])];
  return codes
    .map((code) => ({ value: code, label: languageName(code, uiLanguage) }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLanguage));
}
