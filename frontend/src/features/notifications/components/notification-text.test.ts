import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { KNOWN_KINDS, notificationLink, notificationText } from './notification-text';

const t = i18n.getFixedT('en');
const title = 'Skupni seminar: uvod v sodelovanje';

describe('notification wording', () => {
  it.each(KNOWN_KINDS.filter((k) => k.startsWith('TRAINING_')))(
    'words %s with the training title',
    (kind) => {
      const text = notificationText(t, { kind, params: { trainingTitle: title } });
      expect(text).toContain(`“${title}”`);
      expect(text).not.toContain('notifications.');
    },
  );

  it('says what happened for each kind', () => {
    const text = (kind: string) => notificationText(t, { kind, params: { trainingTitle: 'X' } });
    expect(text('TRAINING_ENROLMENT_CONFIRMED')).toBe('Your seat in “X” is confirmed.');
    expect(text('TRAINING_ENROLMENT_WAITLISTED')).toBe('You are on the waiting list for “X”.');
    expect(text('TRAINING_CERTIFICATE_ISSUED')).toBe(
      'Your certificate for “X” is ready to download.',
    );
  });

  it('is translated', () => {
    const text = notificationText(i18n.getFixedT('de'), {
      kind: 'TRAINING_CANCELLED',
      params: { trainingTitle: 'X' },
    });
    expect(text).toContain('„X“');
    expect(text).toContain('abgesagt');
  });

  it('has a generic message for kinds it does not know', () => {
    expect(notificationText(t, { kind: 'SOMETHING_NEW', params: {} })).toBe(
      'You have a new notification.',
    );
  });

  it('copes without the title', () => {
    const text = notificationText(t, { kind: 'TRAINING_CANCELLED', params: {} });
    expect(text).toBe('A training you were enrolled in has been cancelled.');
  });

  it('links to the training', () => {
    expect(notificationLink({ subjectType: 'TRAINING', subjectId: 'abc' })).toBe('/trainings/abc');
    expect(notificationLink({ subjectType: 'AGREEMENT', subjectId: 'abc' })).toBeNull();
  });

  it('words mentoring notifications without names and links to the right screen', () => {
    expect(notificationText(t, { kind: 'SAFEGUARDING_CONCERN', params: {} })).toBe(
      'A mentor raised a concern about a child. Please decide on it now.',
    );
    expect(notificationLink({ subjectType: 'SAFEGUARDING_ALERT', subjectId: 'a1' })).toBe(
      '/safeguarding',
    );
    expect(notificationLink({ subjectType: 'VOLUNTEER', subjectId: 'v1' })).toBe('/volunteers/v1');
    expect(
      notificationLink({ subjectType: 'MATCH', subjectId: 'm1', kind: 'MATCH_NO_RECENT_MEETING' }),
    ).toBe('/matches/m1');
    expect(
      notificationLink({ subjectType: 'MATCH', subjectId: 'm1', kind: 'DIARY_FEEDBACK' }),
    ).toBe('/mentoring');
  });

  it('words a referral’s new status, without any name, and links to the referral', () => {
    expect(
      notificationText(t, { kind: 'REFERRAL_STATUS_CHANGED', params: { status: 'DECLINED' } }),
    ).toBe('A referral you made is now: Declined.');
    expect(notificationText(t, { kind: 'REFERRAL_STATUS_CHANGED', params: {} })).toBe(
      'A referral you made has changed.',
    );
    expect(notificationLink({ subjectType: 'REFERRAL', subjectId: 'r1' })).toBe('/referrals/r1');
  });

  it('words a webhook subscription turned off with the client’s name and links to it', () => {
    expect(
      notificationText(t, {
        kind: 'WEBHOOK_SUBSCRIPTION_DISABLED',
        params: { client: 'Case system' },
      }),
    ).toBe(
      'A webhook subscription of “Case system” was turned off: its deliveries failed for 24 hours.',
    );
    expect(notificationText(t, { kind: 'WEBHOOK_SUBSCRIPTION_DISABLED', params: {} })).toBe(
      'A webhook subscription was turned off: its deliveries failed for 24 hours.',
    );
    expect(
      notificationText(i18n.getFixedT('sl'), {
        kind: 'WEBHOOK_SUBSCRIPTION_DISABLED',
        params: { client: 'X' },
      }),
    ).toContain('»X«');
    expect(notificationLink({ subjectType: 'WEBHOOK_SUBSCRIPTION', subjectId: 'w1' })).toBe(
      '/webhook-subscriptions/w1',
    );
  });
});
