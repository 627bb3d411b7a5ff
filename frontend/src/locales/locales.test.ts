import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/languages';

type Messages = Record<string, unknown>;

const files = import.meta.glob<Messages>('./*.json', { eager: true, import: 'default' });

function load(code: string): Messages {
  const messages = files[`./${code}.json`];
  if (!messages) throw new Error(`src/locales/${code}.json is missing`);
  return messages;
}

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function get(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (v as Messages)[k], messages);
}

const codes = languages.map((l) => l.code);

describe('locale files', () => {
  const english = keys(load('en')).sort();

  it('has one file for each listed language and no other', () => {
    const present = Object.keys(files)
      .map((f) => f.replace(/^\.\/(.*)\.json$/, '$1'))
      .sort();
    expect(present).toEqual([...codes].sort());
  });

  it.each(codes)('%s has exactly the same keys as en', (code) => {
    expect(keys(load(code)).sort()).toEqual(english);
  });

  it.each(codes)('%s has no empty messages', (code) => {
    for (const key of english) {
      const value = get(load(code), key);
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it.each(codes)('%s uses the same {{placeholders}} as en', (code) => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const key of english) {
      expect(placeholders(get(load(code), key)), key).toEqual(placeholders(get(load('en'), key)));
    }
  });

  it.each(codes.filter((c) => c !== 'en'))('%s is translated, not a copy of English', (code) => {
    const same = english.filter((key) => get(load('en'), key) === get(load(code), key));
    // The product name, a few role names and international words may stay the same.
    expect(same.length, same.join(', ')).toBeLessThan(english.length / 10);
  });
});
