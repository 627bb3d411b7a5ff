import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Referral = Schemas['Referral'];
export type ReferralSummary = Schemas['ReferralSummary'];
export type ReferralPage = Schemas['ReferralPage'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type ReferralEvent = Schemas['ReferralEvent'];
export type Indicator = Schemas['Indicator'];
export type Urgency = Schemas['Urgency'];
export type Gender = Schemas['Gender'];
export type AffectedParent = Schemas['AffectedParent'];
export type AddictionKind = Schemas['AddictionKind'];
export type ConsentGiver = Schemas['ConsentGiver'];
export type ConsentPurpose = Schemas['ConsentPurpose'];
export type ConsentForm = Schemas['ConsentForm'];
export type DeclineReason = Schemas['DeclineReason'];
export type ClosingOutcome = Schemas['ClosingOutcome'];
export type ReferralsQuery = NonNullable<operations['listReferrals']['parameters']['query']>;

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'ACCEPTED',
  'WAITLISTED',
  'DECLINED',
  'MATCHED',
  'SERVICE_STARTED',
  'CLOSED',
  'WITHDRAWN',
];
export const INDICATORS: readonly Indicator[] = [
  'PARENT_INTOXICATED',
  'CHILD_TAKES_PARENT_ROLE',
  'NEGLECT',
  'SCHOOL_ABSENCE',
  'BEHAVIOUR_CHANGE',
  'SOCIAL_ISOLATION',
  'FAMILY_CONFLICT',
  'CHILD_DISCLOSED',
  'HEALTH_CONCERN',
  'OTHER',
];
export const URGENCIES: readonly Urgency[] = ['ROUTINE', 'PRIORITY', 'URGENT'];
export const GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'DIVERSE', 'UNDISCLOSED'];
export const AFFECTED_PARENTS: readonly AffectedParent[] = ['MOTHER', 'FATHER', 'OTHER_CAREGIVER'];
export const ADDICTION_KINDS: readonly AddictionKind[] = [
  'ALCOHOL',
  'ILLEGAL_DRUGS',
  'MEDICATION',
  'GAMBLING',
  'OTHER',
];
export const CONSENT_GIVERS: readonly ConsentGiver[] = [
  'MOTHER',
  'FATHER',
  'BOTH_PARENTS',
  'LEGAL_GUARDIAN',
  'OTHER',
];
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'MENTORING',
  'HELP_OFFER',
  'DATA_SHARING',
  'STATISTICS',
];
export const CONSENT_FORMS: readonly ConsentForm[] = ['WRITTEN', 'VERBAL_WITNESSED'];
export const DECLINE_REASONS: readonly DeclineReason[] = [
  'NO_CAPACITY',
  'NOT_ELIGIBLE',
  'BETTER_SERVED_ELSEWHERE',
  'FAMILY_DECLINED',
  'NO_CONTACT',
  'OTHER',
];
export const CLOSING_OUTCOMES: readonly ClosingOutcome[] = [
  'GOALS_REACHED',
  'PARTLY_REACHED',
  'ENDED_EARLY',
  'MOVED_AWAY',
  'OTHER',
];

export const REFERRAL_PAGE_SIZE = 20;

export function getReferralsQueryOptions(query: ReferralsQuery) {
  return queryOptions<ReferralPage, ApiError>({
    queryKey: ['referrals', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/referrals', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useReferrals(query: ReferralsQuery) {
  return useQuery(getReferralsQueryOptions(query));
}

/** After a change: lists and the referral itself are read again. */
export function referralsChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['referrals'] });
}
