import type { TFunction } from 'i18next';
import type { Notification } from '../api/get-notifications';

/** Mentoring notifications: words without names, the linked screen says the rest. */
export const MENTORING_KINDS = [
  'VOLUNTEER_APPLIED',
  'MENTOR_SUSPENDED',
  'MENTOR_CERTIFICATE_EXPIRING',
  'MATCH_ACCEPTED',
  'MATCH_NO_RECENT_MEETING',
  'DIARY_FEEDBACK',
  'SAFEGUARDING_CONCERN',
] as const;

/** The kinds we have words for; others get a generic message. */
export const KNOWN_KINDS = [
  'TRAINING_ENROLMENT_CONFIRMED',
  'TRAINING_ENROLMENT_WAITLISTED',
  'TRAINING_ENROLMENT_PROMOTED',
  'TRAINING_ENROLMENT_DECLINED',
  'TRAINING_ENROLMENT_CANCELLED',
  'TRAINING_CANCELLED',
  'TRAINING_CERTIFICATE_ISSUED',
  'REFERRAL_STATUS_CHANGED',
  'WEBHOOK_SUBSCRIPTION_DISABLED',
  ...MENTORING_KINDS,
] as const;

const REFERRAL_STATUSES = [
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

/** A notification in the UI language, from its kind and parameters. */
export function notificationText(
  t: TFunction,
  notification: Pick<Notification, 'kind' | 'params'>,
) {
  const params = notification.params ?? {};
  const kind = (KNOWN_KINDS as readonly string[]).includes(notification.kind)
    ? notification.kind
    : null;
  if (!kind) return t('notifications.generic');
  if (kind === 'REFERRAL_STATUS_CHANGED') {
    // Never the child's name: the status alone, the referral page says the rest.
    return REFERRAL_STATUSES.includes(params.status ?? '')
      ? t('notifications.referral.statusChanged', {
          status: t(`referrals.status.${params.status}`),
        })
      : t('notifications.referral.changed');
  }
  if (kind === 'WEBHOOK_SUBSCRIPTION_DISABLED') {
    return params.client
      ? t('notifications.webhook.disabled', { client: params.client })
      : t('notifications.webhook.disabledUnnamed');
  }
  if ((MENTORING_KINDS as readonly string[]).includes(kind))
    return t(`notifications.mentoring.${kind}`);
  if (params.trainingTitle === undefined) return t(`notifications.untitled.${kind}`);
  return t(`notifications.kinds.${kind}`, { trainingTitle: params.trainingTitle });
}

/** Where a notification leads, if anywhere we have a screen for. */
export function notificationLink(
  notification: Pick<Notification, 'subjectType' | 'subjectId'> & { kind?: string },
) {
  if (notification.subjectType === 'TRAINING') return `/trainings/${notification.subjectId}`;
  if (notification.subjectType === 'REFERRAL') return `/referrals/${notification.subjectId}`;
  if (notification.subjectType === 'VOLUNTEER') return `/volunteers/${notification.subjectId}`;
  if (notification.subjectType === 'SAFEGUARDING_ALERT') return '/safeguarding';
  // Opens the subscription under its client, which the notification does not name.
  if (notification.subjectType === 'WEBHOOK_SUBSCRIPTION')
    return `/webhook-subscriptions/${notification.subjectId}`;
  if (notification.subjectType === 'MATCH') {
    // Mentors have one screen for their match; coordinators open the match itself.
    return notification.kind === 'MATCH_NO_RECENT_MEETING'
      ? `/matches/${notification.subjectId}`
      : '/mentoring';
  }
  return null;
}
