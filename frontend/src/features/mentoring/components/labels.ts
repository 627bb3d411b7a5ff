import type { TFunction } from 'i18next';
import { languageName } from '@/lib/i18n/language-name';
import { DAYS, type Day } from '../api/types';

/** A weekday's name in the UI language (1 January 2024 was a Monday). */
export function dayName(day: Day, language: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(2024, 0, 1 + DAYS.indexOf(day));
  return new Intl.DateTimeFormat(language, { weekday: style }).format(date);
}

/** Translated names of a list of enum values, joined for reading. */
export function enumList(t: TFunction, key: string, values: readonly string[]): string {
  return values.map((v) => t(`mentoring.${key}.${v}`)).join(', ');
}

/** Language codes as names in the UI language. */
export function languageList(codes: readonly string[], language: string): string {
  return codes.map((c) => languageName(c, language)).join(', ');
}

/** "1 h", "1.5 h" or "45 min" in the UI language. */
export function formatDuration(minutes: number, language: string): string {
  if (minutes < 60) {
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute' }).format(minutes);
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'hour',
    maximumFractionDigits: 2,
  }).format(minutes / 60);
}
