import { languageName } from '@/lib/i18n/language-name';
import { languages } from '@/lib/i18n/languages';

/**
 * The languages an offer can be given in: those of the UI and of the partner regions, plus the ones
 * many families there speak at home. ISO 639-1 codes, as the API stores them.
 */
export const HELP_OFFER_LANGUAGES: readonly string[] = [
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

/** The choices for an offer, by name in the UI language; codes an offer has already are kept. */
export function languageChoices(
  uiLanguage: string,
  current: readonly string[] = [],
): { value: string; label: string }[] {
  const codes = [...new Set([...HELP_OFFER_LANGUAGES, ...current])];
  return codes
    .map((code) => ({ value: code, label: languageName(code, uiLanguage) }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLanguage));
}
