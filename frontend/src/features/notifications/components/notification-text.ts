import type { TFunction } from 'i18next';
import type { Notification } from '../api/get-notifications';

/** The kinds we have words for; others get a generic message. */
export const KNOWN_KINDS = [
  'TRAINING_ENROLMENT_CONFIRMED',
  'TRAINING_ENROLMENT_WAITLISTED',
  'TRAINING_ENROLMENT_PROMOTED',
  'TRAINING_ENROLMENT_DECLINED',
  'TRAINING_ENROLMENT_CANCELLED',
  'TRAINING_CANCELLED',
  'TRAINING_CERTIFICATE_ISSUED',
] as const;

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
  if (params.trainingTitle === undefined) return t(`notifications.untitled.${kind}`);
  return t(`notifications.kinds.${kind}`, { trainingTitle: params.trainingTitle });
}

/** Where a notification leads, if anywhere we have a screen for. */
export function notificationLink(notification: Pick<Notification, 'subjectType' | 'subjectId'>) {
  return notification.subjectType === 'TRAINING' ? `/trainings/${notification.subjectId}` : null;
}
