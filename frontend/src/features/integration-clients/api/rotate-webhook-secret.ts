import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { webhookSubscriptionKey } from './get-webhook-subscription';
import type { WebhookSubscriptionSecret } from './get-webhook-subscriptions';

/** A new signing secret, in this answer only; deliveries from now on are signed with it. */
export async function rotateWebhookSecret(id: string): Promise<WebhookSubscriptionSecret> {
  return unwrap(
    await api.POST('/api/v1/webhook-subscriptions/{id}/secret', { params: { path: { id } } }),
  );
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation<WebhookSubscriptionSecret, ApiError, string>({
    mutationFn: rotateWebhookSecret,
    // The subscription's version changed: the next save needs the new ETag.
    onSuccess: (_data, id) =>
      queryClient.invalidateQueries({ queryKey: webhookSubscriptionKey(id) }),
  });
}
