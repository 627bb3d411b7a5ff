import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserLanguage, defaultLanguage, isSupportedLanguage, languages } from './languages';

type Messages = Record<string, unknown>;

const files = import.meta.glob<Messages>('../../locales/*.json', {
  eager: true,
  import: 'default',
});

const resources = Object.fromEntries(
  languages.map(({ code }) => [code, { translation: files[`../../locales/${code}.json`] ?? {} }]),
);

const CHOSEN_LANGUAGE_KEY = 'mtd.language';

function initialLanguage(): string {
  try {
    const chosen = window.localStorage.getItem(CHOSEN_LANGUAGE_KEY);
    if (isSupportedLanguage(chosen)) return chosen;
  } catch {
    // storage may be unavailable
  }
  return browserLanguage();
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages.map((l) => l.code),
  interpolation: { escapeValue: false },
  initAsync: false,
});

function applyDocumentLanguage(lng: string) {
  document.documentElement.lang = lng;
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the UI language at once and remembers it in this browser. */
export async function setLanguage(code: string) {
  if (!isSupportedLanguage(code)) return;
  try {
    window.localStorage.setItem(CHOSEN_LANGUAGE_KEY, code);
  } catch {
    // storage may be unavailable
  }
  await i18n.changeLanguage(code);
}
