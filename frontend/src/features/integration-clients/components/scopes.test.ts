import { describe, expect, it } from 'vitest';
import { toCreateRequest, toFormValues, toUpdateRequest } from './client-form';
import { parseGraceHours } from './grace-hours';
import { CLIENT_SCOPES, scopeKey, sortScopes } from './scopes';

describe('scopes', () => {
  it('turns a scope into a translation key without i18next separators', () => {
    expect(scopeKey('trainings:write')).toBe('integrationClients.scopes.trainings_write');
    for (const scope of CLIENT_SCOPES) expect(scopeKey(scope)).not.toContain(':');
  });

  it('orders scopes as the form lists them and drops unknown ones', () => {
    expect(sortScopes(['mentoring:read', 'bogus', 'directory:read'])).toEqual([
      'directory:read',
      'mentoring:read',
    ]);
  });
});

describe('form values', () => {
  it('starts a new client with 120 changes a minute and the given organisation', () => {
    expect(toFormValues(undefined, 'org-1')).toEqual({
      name: '',
      organisationId: 'org-1',
      scopes: [],
      writesPerMinute: '120',
    });
  });

  it('builds the create and update requests', () => {
    const values = {
      name: '  Case system ',
      organisationId: 'org-1',
      scopes: ['referrals:write', 'directory:read'] as const,
      writesPerMinute: '60',
    };
    expect(toCreateRequest({ ...values, scopes: [...values.scopes] })).toEqual({
      name: 'Case system',
      organisationId: 'org-1',
      scopes: ['directory:read', 'referrals:write'],
      writesPerMinute: 60,
    });
    expect(toUpdateRequest({ ...values, scopes: [...values.scopes] }, false)).toEqual({
      name: 'Case system',
      scopes: ['directory:read', 'referrals:write'],
      writesPerMinute: 60,
      enabled: false,
    });
  });
});

describe('parseGraceHours', () => {
  it.each([
    ['24', 24],
    ['0', 0],
    ['168', 168],
    ['169', null],
    ['-1', null],
    ['1.5', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseGraceHours(input)).toBe(expected);
  });
});
