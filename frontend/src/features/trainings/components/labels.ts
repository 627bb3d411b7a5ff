import { languages } from '@/lib/i18n/languages';

/** The languages a training can be held in: those of the partner regions and the UI. */
export const TRAINING_LANGUAGES: readonly string[] = languages.map((l) => l.code);

/** Minutes as "1 h 30 min" style text with the given unit words. */
export function formatMinutes(minutes: number, hourUnit: string, minuteUnit: string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} ${minuteUnit}`;
  if (m === 0) return `${h} ${hourUnit}`;
  return `${h} ${hourUnit} ${m} ${minuteUnit}`;
}
