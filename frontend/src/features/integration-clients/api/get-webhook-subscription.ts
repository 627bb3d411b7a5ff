import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { WebhookSubscription } from './get-webhook-subscriptions';

export type WebhookSubscriptionWithEtag = {
  subscription: WebhookSubscription;
  etag: string | null;
};

export async function getWebhookSubscription(id: string): Promise<WebhookSubscriptionWithEtag> {
  const result = await api.GET('/api/v1/webhook-subscriptions/{id}', {
    params: { path: { id } },
  });
  return { subscription: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const webhookSubscriptionKey = (id: string) =>
  ['integration-clients', 'webhooks', 'detail', id] as const;

export function getWebhookSubscriptionQueryOptions(id: string) {
  return queryOptions<WebhookSubscriptionWithEtag, ApiError>({
    queryKey: webhookSubscriptionKey(id),
    queryFn: () => getWebhookSubscription(id),
  });
}

export function useWebhookSubscription(id: string) {
  return useQuery(getWebhookSubscriptionQueryOptions(id));
}
