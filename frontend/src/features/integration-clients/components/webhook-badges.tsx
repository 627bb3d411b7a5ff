import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from '../api/get-webhook-deliveries';
import type { WebhookSubscription } from '../api/get-webhook-subscriptions';

/** Long translated labels wrap instead of being cut off on phones. */
const wrapping = {
  root: { height: 'auto', maxWidth: '100%', flexShrink: 0 },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

/** On, switched off, or turned off because deliveries kept failing. */
export function SubscriptionStatusBadge({
  subscription,
}: {
  subscription: Pick<WebhookSubscription, 'enabled' | 'disabledReason'>;
}) {
  const { t } = useTranslation();
  if (subscription.enabled) {
    return (
      <Badge color="teal.9" variant="filled" radius="sm" styles={wrapping}>
        {t('webhooks.status.on')}
      </Badge>
    );
  }
  if (subscription.disabledReason === 'FAILING') {
    return (
      <Badge color="red.9" variant="filled" radius="sm" styles={wrapping}>
        {t('webhooks.status.failing')}
      </Badge>
    );
  }
  return (
    <Badge color="gray.8" variant="outline" radius="sm" styles={wrapping}>
      {t('webhooks.status.off')}
    </Badge>
  );
}

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const deliveryColors: Record<DeliveryStatus, string> = {
  PENDING: 'blue.8',
  SUCCEEDED: '#1e6b30',
  FAILED: 'red.9',
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={deliveryColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`webhooks.deliveries.status.${status}`)}
    </Badge>
  );
}
