import { describe, expect, it } from 'vitest';
import type { Referral } from '../api/get-referrals';
import {
  birthInRange,
  consentChanged,
  consentIssue,
  emptyValues,
  stepErrors,
  stepOfField,
  toConsentRequest,
  toReferralRequest,
  type ReferralFormValues,
} from './referral-form-values';

const thisYear = new Date().getFullYear();

const filled = (over: Partial<ReferralFormValues> = {}): ReferralFormValues => ({
  ...emptyValues('offer-1'),
  firstName: 'Maja',
  birthMonth: '3',
  birthYear: String(thisYear - 8),
  gender: 'FEMALE',
  area: 'Maribor',
  languages: ['sl'],
  indicators: ['NEGLECT'],
  urgency: 'PRIORITY',
  consentGiven: true,
  givenBy: 'MOTHER',
  givenOn: '2026-01-10',
  purposes: ['HELP_OFFER'],
  recipients: 'The children’s group',
  form: 'WRITTEN',
  validUntil: '2027-01-10',
  ...over,
});

describe('referral form steps', () => {
  it('lets every step of a complete form be left', () => {
    for (const step of ['child', 'observations', 'consent', 'target', 'review'] as const) {
      expect(stepErrors(step, filled()), step).toEqual({});
    }
  });

  it('asks for the child’s name, birth month and year, gender and area', () => {
    expect(stepErrors('child', emptyValues())).toEqual({
      firstName: 'validation.required',
      birthMonth: 'validation.required',
      birthYear: 'validation.required',
      gender: 'validation.required',
      area: 'validation.required',
    });
  });

  it('refuses a birth month in the future or more than 25 years ago', () => {
    expect(stepErrors('child', filled({ birthYear: String(thisYear + 1) }))).toEqual({
      birthYear: 'referrals.validation.birth',
    });
    expect(stepErrors('child', filled({ birthYear: String(thisYear - 26) }))).toEqual({
      birthYear: 'referrals.validation.birth',
    });
    expect(birthInRange(2020, 5, new Date(2026, 4, 1))).toBe(true);
    expect(birthInRange(2026, 6, new Date(2026, 4, 1))).toBe(false);
  });

  it('needs an indicator or observations in words', () => {
    const none = filled({ indicators: [], observations: '  ' });
    expect(stepErrors('observations', none)).toEqual({
      indicators: 'referrals.validation.observations',
    });
    expect(stepErrors('observations', filled({ indicators: [], observations: 'Tired' }))).toEqual(
      {},
    );
  });

  it('lets the consent wait, but checks a consent that is given', () => {
    expect(stepErrors('consent', emptyValues())).toEqual({});
    expect(stepErrors('consent', { ...emptyValues(), consentGiven: true })).toEqual({
      givenBy: 'validation.required',
      givenOn: 'validation.required',
      purposes: 'referrals.validation.purposes',
      recipients: 'validation.required',
      form: 'validation.required',
      validUntil: 'validation.required',
    });
    expect(stepErrors('consent', filled({ form: 'VERBAL_WITNESSED' }))).toEqual({
      witness: 'validation.required',
    });
    expect(stepErrors('consent', filled({ validUntil: '2025-12-31' }))).toEqual({
      validUntil: 'referrals.validation.validUntil',
    });
  });

  it('accepts a PDF, JPEG or PNG scan of at most 5 MB', () => {
    const file = (type: string, size: number) => new File([new Uint8Array(size)], 'scan', { type });
    expect(stepErrors('consent', filled({ scan: file('application/pdf', 10) }))).toEqual({});
    expect(stepErrors('consent', filled({ scan: file('image/gif', 10) }))).toEqual({
      scan: 'referrals.validation.scanType',
    });
    expect(stepErrors('consent', filled({ scan: file('image/png', 5 * 1024 * 1024 + 1) }))).toEqual(
      { scan: 'referrals.validation.scanSize' },
    );
  });

  it('needs a target', () => {
    expect(stepErrors('target', emptyValues())).toEqual({
      targetOfferId: 'referrals.validation.target',
    });
  });

  it('knows the step of each field, for the server’s errors', () => {
    expect(stepOfField('birthYear')).toBe('child');
    expect(stepOfField('indicators')).toBe('observations');
    expect(stepOfField('witness')).toBe('consent');
    expect(stepOfField('targetOfferId')).toBe('target');
    expect(stepOfField('nothing')).toBeNull();
  });

  it('builds the requests, leaving out what is empty', () => {
    const request = toReferralRequest(filled({ school: ' ', observations: '' }));
    expect(request).toMatchObject({ birthYear: thisYear - 8, birthMonth: 3, urgency: 'PRIORITY' });
    expect(request.school).toBeUndefined();
    expect(toConsentRequest(filled({ witness: 'Ana' }))?.witness).toBeUndefined();
    expect(toConsentRequest(filled({ consentGiven: false }))).toBeNull();
  });
});

describe('consent for the target', () => {
  const referral = (consent?: Partial<NonNullable<Referral['consent']>>, kind = 'CHILDREN_GROUP') =>
    ({
      target: { kind },
      consent: consent && {
        givenBy: 'MOTHER',
        givenOn: '2026-01-10',
        purposes: ['HELP_OFFER'],
        recipients: 'The children’s group',
        form: 'WRITTEN',
        validUntil: '2027-01-10',
        recordedAt: '2026-01-10T10:00:00Z',
        ...consent,
      },
    }) as Referral;

  it('says what is missing', () => {
    expect(consentIssue(referral(), '2026-02-01')).toBe('missing');
    expect(consentIssue(referral({}), '2026-02-01')).toBeNull();
    expect(consentIssue(referral({}, 'MENTORING_PROGRAMME'), '2026-02-01')).toBe('purpose');
    expect(consentIssue(referral({}), '2027-02-01')).toBe('expired');
    expect(consentIssue(referral({ withdrawnAt: '2026-01-11T00:00:00Z' }), '2026-02-01')).toBe(
      'withdrawn',
    );
  });

  it('replaces a stored consent only when it changed', () => {
    const stored = referral({});
    expect(consentChanged(filled(), stored)).toBe(false);
    expect(consentChanged(filled({ recipients: 'Others' }), stored)).toBe(true);
    expect(consentChanged(filled(), referral())).toBe(true);
    expect(consentChanged(filled({ consentGiven: false }), referral())).toBe(false);
  });
});
