import type { Me } from '@/lib/auth/get-me';
import type { ReferralAction } from '../api/act-on-referral';
import type { Referral, ReferralStatus } from '../api/get-referrals';

/** The states each status change leaves from (ReferralStatus.Action on the server). */
export const ACTION_FROM: Record<ReferralAction, readonly ReferralStatus[]> = {
  REVIEW: ['SUBMITTED'],
  ACCEPT: ['SUBMITTED', 'IN_REVIEW', 'WAITLISTED'],
  WAITLIST: ['SUBMITTED', 'IN_REVIEW'],
  DECLINE: ['SUBMITTED', 'IN_REVIEW', 'WAITLISTED'],
  MATCH: ['ACCEPTED'],
  START_SERVICE: ['ACCEPTED'],
  CLOSE: ['MATCHED', 'SERVICE_STARTED'],
  WITHDRAW: [
    'DRAFT',
    'SUBMITTED',
    'IN_REVIEW',
    'ACCEPTED',
    'WAITLISTED',
    'MATCHED',
    'SERVICE_STARTED',
  ],
};

export const RECEIVER_ACTIONS: readonly ReferralAction[] = [
  'REVIEW',
  'ACCEPT',
  'WAITLIST',
  'DECLINE',
  'MATCH',
  'START_SERVICE',
  'CLOSE',
];

/** Everything the referral page may offer. */
export type ReferralCommand =
  ReferralAction | 'EDIT' | 'SUBMIT' | 'SUBMIT_OVERRIDE' | 'WITHDRAW_CONSENT' | 'EXPORT';

type Subject = Pick<
  Referral,
  'status' | 'regionId' | 'referrer' | 'target' | 'consent' | 'erasedAt'
>;

const isCoordinator = (me: Me | undefined, r: Pick<Referral, 'regionId'>) =>
  me?.role === 'COORDINATOR' && me.regionIds.includes(r.regionId);

/** The offer's organisation: a professional of it decides on the referral. */
export const isReceiverSide = (me: Me | undefined, r: Pick<Referral, 'target'>) =>
  me?.role === 'PROFESSIONAL' &&
  !!me.organisationId &&
  r.target.organisationId === me.organisationId;

/** The referring organisation: a professional of it may edit, submit and withdraw. */
export const isReferrerSide = (me: Me | undefined, r: Pick<Referral, 'referrer'>) =>
  me?.role === 'PROFESSIONAL' &&
  !!me.organisationId &&
  r.referrer.organisationId === me.organisationId;

/** Whether the status change fits the status and the target (a mentor match only for mentoring). */
export function actionFits(
  action: ReferralAction,
  r: Pick<Referral, 'status' | 'target'>,
): boolean {
  if (!ACTION_FROM[action].includes(r.status)) return false;
  const mentoring = r.target.kind === 'MENTORING_PROGRAMME';
  if (action === 'MATCH') return mentoring;
  if (action === 'START_SERVICE') return !mentoring;
  return true;
}

/**
 * What the caller may do with the referral now, as the service decides: the receiving side
 * (offer's organisation or coordinator) takes the decisions; the referring side (or a coordinator)
 * edits, submits, withdraws and records a consent withdrawal; coordinators alone submit without
 * consent and export. Nothing but the export is left once the personal data are erased.
 */
export function availableCommands(me: Me | undefined, r: Subject): ReferralCommand[] {
  const coordinator = isCoordinator(me, r);
  const receiver = coordinator || isReceiverSide(me, r);
  const referrer = coordinator || isReferrerSide(me, r);
  const commands: ReferralCommand[] = [];
  if (!r.erasedAt) {
    if (referrer && r.status === 'DRAFT') commands.push('EDIT', 'SUBMIT');
    if (coordinator && r.status === 'DRAFT') commands.push('SUBMIT_OVERRIDE');
    if (receiver) commands.push(...RECEIVER_ACTIONS.filter((a) => actionFits(a, r)));
    if (referrer && actionFits('WITHDRAW', r)) commands.push('WITHDRAW');
    if (referrer && r.consent && !r.consent.withdrawnAt) commands.push('WITHDRAW_CONSENT');
  }
  if (coordinator) commands.push('EXPORT');
  return commands;
}

/** The quick decisions of the intake queue for one listed referral. */
export function quickDecisions(status: ReferralStatus): ReferralAction[] {
  return (['ACCEPT', 'WAITLIST', 'DECLINE'] as const).filter((a) =>
    ACTION_FROM[a].includes(status),
  );
}
