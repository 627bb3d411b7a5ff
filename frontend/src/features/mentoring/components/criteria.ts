import type { TFunction } from 'i18next';
import type { MatchCriterion } from '../api/types';

/** A score or points with at most one decimal, in the UI language. */
export function formatPoints(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** The facts behind a criterion's points, in words ("Shared interests: Music, Sports"). */
export function criterionFacts(t: TFunction, c: MatchCriterion, language: string): string {
  switch (c.name) {
    case 'INTERESTS':
      return c.sharedInterests && c.sharedInterests.length > 0
        ? t('mentoring.criteria.sharedInterests', {
            interests: c.sharedInterests.map((i) => t(`mentoring.interests.${i}`)).join(', '),
          })
        : t('mentoring.criteria.noSharedInterests');
    case 'DISTANCE':
      return t('mentoring.criteria.distance', {
        km: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(c.distanceKm ?? 0),
      });
    case 'AVAILABILITY':
      return t('mentoring.criteria.sharedSlots', { count: c.sharedSlots ?? 0 });
    case 'AGE_GAP':
      return t('mentoring.criteria.ageGap', { years: c.ageGap ?? 0 });
  }
}

/** "20 of 40 points" for a criterion. */
export function criterionPoints(t: TFunction, c: MatchCriterion, language: string): string {
  return t('mentoring.criteria.points', {
    points: formatPoints(c.points, language),
    weight: formatPoints(c.weight, language),
  });
}
