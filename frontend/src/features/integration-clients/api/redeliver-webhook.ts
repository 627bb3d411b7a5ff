import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { webhookDeliveriesKey, type WebhookDelivery } from './get-webhook-deliveries';
import { webhookSubscriptionKey } from './get-webhook-subscription';

type Variables = { id: string; deliveryId: string };

/** Sends a delivery again, with the same webhook-id and a fresh retry window. */
export async function redeliverWebhook({ id, deliveryId }: Variables): Promise<WebhookDelivery> {
  return unwrap(
    await api.POST('/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id, deliveryId } },
    }),
  );
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation<WebhookDelivery, ApiError, Variables>({
    mutationFn: redeliverWebhook,
    onSuccess: (_data, { id }) => {
      void queryClient.invalidateQueries({ queryKey: webhookDeliveriesKey(id) });
      // The counts of pending and failed deliveries changed.
      void queryClient.invalidateQueries({ queryKey: webhookSubscriptionKey(id) });
    },
  });
}
