import type { TFunction } from 'i18next';
import type { ClientScope } from '../api/get-integration-clients';
import type { WebhookEventType } from '../api/get-webhook-subscriptions';

/** All event types, in the order the form lists them, with the scope a client needs to receive each. */
export const EVENT_TYPE_SCOPES = {
  'referral.status_changed': 'referrals:read',
  'referral.overdue': 'referrals:read',
  'agreement.status_changed': 'agreements:read',
  'agreement.signed': 'agreements:read',
  'training.enrolment_changed': 'trainings:read',
  'match.status_changed': 'mentoring:read',
} as const satisfies Record<WebhookEventType, ClientScope>;

export const EVENT_TYPES = Object.keys(EVENT_TYPE_SCOPES) as WebhookEventType[];

/** The translation key of an event type ('.' separates keys in i18next, so it becomes '_'). */
export function eventTypeKey(type: string): string {
  return `webhooks.events.${type.replace(/\./g, '_')}`;
}

export function eventTypeLabel(t: TFunction, type: string): string {
  return t(eventTypeKey(type), { defaultValue: type });
}

/** The event types a client holding these scopes may receive. */
export function allowedEventTypes(scopes: readonly string[]): WebhookEventType[] {
  return EVENT_TYPES.filter((type) => scopes.includes(EVENT_TYPE_SCOPES[type]));
}

/** The event types in the form's order, known ones only. */
export function sortEventTypes(types: readonly string[]): WebhookEventType[] {
  return EVENT_TYPES.filter((type) => types.includes(type));
}
