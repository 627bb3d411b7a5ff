import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { criterionFacts, criterionPoints, formatPoints } from './criteria';

const t = i18n.getFixedT('en');

describe('criteria explanations', () => {
  it('names the facts behind each criterion', () => {
    const base = { weight: 40, value: 0.5, points: 20 };
    expect(
      criterionFacts(t, { ...base, name: 'INTERESTS', sharedInterests: ['SPORTS', 'MUSIC'] }, 'en'),
    ).toBe('Shared interests: Sports, Music');
    expect(criterionFacts(t, { ...base, name: 'INTERESTS', sharedInterests: [] }, 'en')).toBe(
      'No shared interests',
    );
    expect(criterionFacts(t, { ...base, name: 'DISTANCE', distanceKm: 3.456 }, 'en')).toBe(
      '3.5 km apart',
    );
    expect(criterionFacts(t, { ...base, name: 'AVAILABILITY', sharedSlots: 1 }, 'en')).toBe(
      'Shared time slots: 1',
    );
    expect(criterionFacts(t, { ...base, name: 'AVAILABILITY', sharedSlots: 2 }, 'en')).toBe(
      'Shared time slots: 2',
    );
    expect(criterionFacts(t, { ...base, name: 'AGE_GAP', ageGap: 13 }, 'en')).toBe(
      'Mentor 13 years older',
    );
  });

  it('shows the points of the weight with at most one decimal', () => {
    expect(formatPoints(26.6667, 'en')).toBe('26.7');
    expect(formatPoints(26.6667, 'de')).toBe('26,7');
    expect(criterionPoints(t, { name: 'DISTANCE', weight: 30, value: 0.7, points: 21 }, 'en')).toBe(
      '21 of 30 points',
    );
  });
});
