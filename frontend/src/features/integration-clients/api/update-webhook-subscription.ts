import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import {
  webhookSubscriptionKey,
  type WebhookSubscriptionWithEtag,
} from './get-webhook-subscription';
import {
  webhookSubscriptionsKey,
  type WebhookSubscriptionInput,
} from './get-webhook-subscriptions';

type Variables = { id: string; etag: string | null; input: WebhookSubscriptionInput };

/** Saves a subscription with If-Match; a 412 means someone else changed it meanwhile. */
export async function updateWebhookSubscription({
  id,
  etag,
  input,
}: Variables): Promise<WebhookSubscriptionWithEtag> {
  const result = await api.PUT('/api/v1/webhook-subscriptions/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return { subscription: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation<WebhookSubscriptionWithEtag, ApiError, Variables>({
    mutationFn: updateWebhookSubscription,
    onSuccess: (data, { id }) => {
      if (data.etag) queryClient.setQueryData(webhookSubscriptionKey(id), data);
      else void queryClient.invalidateQueries({ queryKey: webhookSubscriptionKey(id) });
      void queryClient.invalidateQueries({
        queryKey: webhookSubscriptionsKey(data.subscription.clientId),
      });
    },
  });
}
