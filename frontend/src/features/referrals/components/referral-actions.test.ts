import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/auth/get-me';
import type { Referral } from '../api/get-referrals';
import { availableCommands, quickDecisions } from './referral-actions';

const REGION = 'r-si';
const me = (role: Me['role'], organisationId?: string, regionIds = [REGION]): Me => ({
  id: 'u',
  email: 'x@example.org',
  displayName: 'X',
  preferredLanguage: 'en',
  role,
  regionIds,
  organisationId,
  version: 0,
});

const referral = (over: Partial<Referral> = {}): Referral =>
  ({
    id: 'ref',
    status: 'SUBMITTED',
    version: 1,
    regionId: REGION,
    referrer: { organisationId: 'org-welfare', organisationName: 'W', helpSystem: 'YOUTH_WELFARE' },
    target: {
      offerId: 'offer',
      offerName: 'Group',
      kind: 'CHILDREN_GROUP',
      organisationId: 'org-addiction',
      organisationName: 'A',
    },
    indicators: [],
    urgency: 'ROUTINE',
    affectedParents: [],
    addictionKinds: [],
    overdue: false,
    timeline: [],
    createdAt: '',
    updatedAt: '',
    ...over,
  }) as Referral;

const consent = {
  givenBy: 'MOTHER',
  givenOn: '2026-01-01',
  purposes: ['HELP_OFFER'],
  recipients: 'x',
  form: 'WRITTEN',
  validUntil: '2027-01-01',
  recordedAt: '',
} as Referral['consent'];

describe('which referral actions apply', () => {
  it('lets the receiving organisation decide on a submitted referral, not withdraw it', () => {
    expect(availableCommands(me('PROFESSIONAL', 'org-addiction'), referral())).toEqual([
      'REVIEW',
      'ACCEPT',
      'WAITLIST',
      'DECLINE',
    ]);
  });

  it('lets the referring organisation withdraw, not decide', () => {
    expect(availableCommands(me('PROFESSIONAL', 'org-welfare'), referral({ consent }))).toEqual([
      'WITHDRAW',
      'WITHDRAW_CONSENT',
    ]);
  });

  it('offers editing and submitting a draft to the referrer only', () => {
    const draft = referral({ status: 'DRAFT' });
    expect(availableCommands(me('PROFESSIONAL', 'org-welfare'), draft)).toEqual([
      'EDIT',
      'SUBMIT',
      'WITHDRAW',
    ]);
    expect(availableCommands(me('PROFESSIONAL', 'org-addiction'), draft)).toEqual([]);
  });

  it('gives coordinators of the region both sides, the override and the export', () => {
    expect(availableCommands(me('COORDINATOR'), referral({ status: 'DRAFT' }))).toEqual([
      'EDIT',
      'SUBMIT',
      'SUBMIT_OVERRIDE',
      'WITHDRAW',
      'EXPORT',
    ]);
    expect(availableCommands(me('COORDINATOR', undefined, ['other']), referral())).toEqual([]);
  });

  it('matches only referrals to the mentoring programme, starts the service for others', () => {
    const receiver = me('PROFESSIONAL', 'org-addiction');
    expect(availableCommands(receiver, referral({ status: 'ACCEPTED' }))).toEqual([
      'START_SERVICE',
    ]);
    const mentoring = referral({
      status: 'ACCEPTED',
      target: { ...referral().target, kind: 'MENTORING_PROGRAMME' },
    });
    expect(availableCommands(receiver, mentoring)).toEqual(['MATCH']);
    expect(availableCommands(receiver, referral({ status: 'SERVICE_STARTED' }))).toEqual(['CLOSE']);
  });

  it('offers nothing on closed, declined or erased referrals but the export', () => {
    const coordinator = me('COORDINATOR');
    expect(availableCommands(coordinator, referral({ status: 'CLOSED', consent }))).toEqual([
      'WITHDRAW_CONSENT',
      'EXPORT',
    ]);
    expect(
      availableCommands(coordinator, referral({ status: 'WITHDRAWN', erasedAt: '2026-01-01' })),
    ).toEqual(['EXPORT']);
    expect(
      availableCommands(me('PROFESSIONAL', 'org-addiction'), referral({ status: 'DECLINED' })),
    ).toEqual([]);
  });

  it('gives mentors and administrators nothing', () => {
    expect(availableCommands(me('MENTOR'), referral())).toEqual([]);
    expect(availableCommands(me('ADMIN'), referral())).toEqual([]);
    expect(availableCommands(undefined, referral())).toEqual([]);
  });

  it('offers the quick decisions the status allows', () => {
    expect(quickDecisions('SUBMITTED')).toEqual(['ACCEPT', 'WAITLIST', 'DECLINE']);
    expect(quickDecisions('WAITLISTED')).toEqual(['ACCEPT', 'DECLINE']);
    expect(quickDecisions('ACCEPTED')).toEqual([]);
  });
});
