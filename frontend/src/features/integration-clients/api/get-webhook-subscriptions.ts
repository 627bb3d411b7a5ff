import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type WebhookSubscription = components['schemas']['WebhookSubscription'];
export type WebhookSubscriptionSecret = components['schemas']['WebhookSubscriptionSecret'];
export type WebhookSubscriptionInput = components['schemas']['WebhookSubscriptionRequest'];
export type WebhookEventType = components['schemas']['WebhookEventType'];

export const webhookSubscriptionsKey = (clientId: string) =>
  ['integration-clients', 'webhooks', 'list', clientId] as const;

export async function getWebhookSubscriptions(clientId: string): Promise<WebhookSubscription[]> {
  return unwrap(
    await api.GET('/api/v1/integration-clients/{clientId}/webhook-subscriptions', {
      params: { path: { clientId } },
    }),
  );
}

export function getWebhookSubscriptionsQueryOptions(clientId: string) {
  return queryOptions<WebhookSubscription[], ApiError>({
    queryKey: webhookSubscriptionsKey(clientId),
    queryFn: () => getWebhookSubscriptions(clientId),
  });
}

export function useWebhookSubscriptions(clientId: string) {
  return useQuery(getWebhookSubscriptionsQueryOptions(clientId));
}
