import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import {
  allowedEventTypes,
  EVENT_TYPES,
  eventTypeKey,
  eventTypeLabel,
  sortEventTypes,
} from './event-types';
import { isWebUrl, toWebhookFormValues, toWebhookRequest } from './webhook-form';

describe('event types', () => {
  it('offers only the events whose scope the client holds', () => {
    expect(allowedEventTypes(['referrals:read', 'directory:read'])).toEqual([
      'referral.status_changed',
      'referral.overdue',
    ]);
    expect(allowedEventTypes(['agreements:read', 'trainings:read', 'mentoring:read'])).toEqual([
      'agreement.status_changed',
      'agreement.signed',
      'training.enrolment_changed',
      'match.status_changed',
    ]);
    expect(allowedEventTypes(['trainings:write', 'referrals:write'])).toEqual([]);
  });

  it('has a translation key without i18next separators and a label in each language', () => {
    for (const type of EVENT_TYPES) {
      expect(eventTypeKey(type)).not.toMatch(/webhooks\.events\..*[.:]/);
      for (const lng of ['en', 'de', 'sl']) {
        expect(eventTypeLabel(i18n.getFixedT(lng), type)).not.toBe(type);
      }
    }
    expect(eventTypeLabel(i18n.getFixedT('en'), 'agreement.signed')).toBe('Agreement signed');
  });

  it('orders event types as the form lists them and drops unknown ones', () => {
    expect(sortEventTypes(['match.status_changed', 'bogus', 'referral.overdue'])).toEqual([
      'referral.overdue',
      'match.status_changed',
    ]);
  });
});

describe('webhook form values', () => {
  it('starts a new subscription switched on', () => {
    expect(toWebhookFormValues()).toEqual({ url: '', eventTypes: [], enabled: true });
  });

  it('builds the request with the URL trimmed and the events in order', () => {
    expect(
      toWebhookRequest({
        url: ' https://cases.example.org/hooks ',
        eventTypes: ['referral.overdue', 'referral.status_changed'],
        enabled: false,
      }),
    ).toEqual({
      url: 'https://cases.example.org/hooks',
      eventTypes: ['referral.status_changed', 'referral.overdue'],
      enabled: false,
    });
  });

  it.each([
    ['https://cases.example.org/hooks', true],
    ['http://127.0.0.1:9/hook', true],
    ['ftp://example.org/x', false],
    ['cases.example.org/hooks', false],
    ['', false],
  ])('isWebUrl(%j) is %j', (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});
