import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import {
  webhookSubscriptionsKey,
  type WebhookSubscriptionInput,
  type WebhookSubscriptionSecret,
} from './get-webhook-subscriptions';

type Variables = { clientId: string; input: WebhookSubscriptionInput };

/** Subscribes a client to events; the answer holds the signing secret, this once. */
export async function createWebhookSubscription({
  clientId,
  input,
}: Variables): Promise<WebhookSubscriptionSecret> {
  return unwrap(
    await api.POST('/api/v1/integration-clients/{clientId}/webhook-subscriptions', {
      params: { path: { clientId } },
      body: input,
    }),
  );
}

export function useCreateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation<WebhookSubscriptionSecret, ApiError, Variables>({
    mutationFn: createWebhookSubscription,
    onSuccess: (_data, { clientId }) =>
      queryClient.invalidateQueries({ queryKey: webhookSubscriptionsKey(clientId) }),
  });
}
