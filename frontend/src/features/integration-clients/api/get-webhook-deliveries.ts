import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type DeliveryStatus = WebhookDelivery['status'];
type DeliveryQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']>;

export const DELIVERY_STATUSES = [
  'PENDING',
  'SUCCEEDED',
  'FAILED',
] as const satisfies readonly DeliveryStatus[];

export const DELIVERY_PAGE_SIZE = 20;

export type DeliveryFilter = { status?: DeliveryStatus; page: number };

export const webhookDeliveriesKey = (id: string) =>
  ['integration-clients', 'webhooks', 'deliveries', id] as const;

/** The delivery log of a subscription, newest first. */
export async function getWebhookDeliveries(
  id: string,
  { status, page }: DeliveryFilter,
): Promise<WebhookDeliveryPage> {
  const query: DeliveryQuery = { page, size: DELIVERY_PAGE_SIZE };
  if (status) query.status = status;
  return unwrap(
    await api.GET('/api/v1/webhook-subscriptions/{id}/deliveries', {
      params: { path: { id }, query },
    }),
  );
}

export function getWebhookDeliveriesQueryOptions(id: string, filter: DeliveryFilter) {
  return queryOptions<WebhookDeliveryPage, ApiError>({
    queryKey: [...webhookDeliveriesKey(id), filter],
    queryFn: () => getWebhookDeliveries(id, filter),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookDeliveries(id: string, filter: DeliveryFilter) {
  return useQuery(getWebhookDeliveriesQueryOptions(id, filter));
}
