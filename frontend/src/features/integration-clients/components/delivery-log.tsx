import { Alert, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import {
  DELIVERY_PAGE_SIZE,
  DELIVERY_STATUSES,
  useWebhookDeliveries,
  type DeliveryStatus,
  type WebhookDelivery,
} from '../api/get-webhook-deliveries';
import { useRedeliverWebhook } from '../api/redeliver-webhook';
import { eventTypeLabel } from './event-types';
import { DeliveryStatusBadge } from './webhook-badges';

type Props = {
  subscriptionId: string;
  status?: DeliveryStatus;
  page: number;
  onStatus: (status: DeliveryStatus | null) => void;
  onPage: (page: number) => void;
};

/** The delivery log of a subscription, newest first, with a status filter and redelivery. */
export function DeliveryLog({ subscriptionId, status, page, onStatus, onPage }: Props) {
  const { t } = useTranslation();
  const deliveries = useWebhookDeliveries(subscriptionId, { status, page });
  const redeliver = useRedeliverWebhook();
  const [queued, setQueued] = useState<WebhookDelivery | null>(null);

  const send = (delivery: WebhookDelivery) => {
    setQueued(null);
    redeliver.mutate(
      { id: subscriptionId, deliveryId: delivery.id },
      { onSuccess: (data) => setQueued(data) },
    );
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="delivery-log" mt="xl">
      <Title order={2} size="h3" id="delivery-log">
        {t('webhooks.deliveries.title')}
      </Title>
      <Text size="sm">{t('webhooks.deliveries.intro')}</Text>
      <NativeSelect
        label={t('webhooks.deliveries.filter')}
        w={{ base: '100%', xs: 240 }}
        data={[
          { value: '', label: t('webhooks.deliveries.all') },
          ...DELIVERY_STATUSES.map((s) => ({
            value: s,
            label: t(`webhooks.deliveries.status.${s}`),
          })),
        ]}
        value={status ?? ''}
        onChange={(e) => onStatus((e.currentTarget.value || null) as DeliveryStatus | null)}
      />
      {queued && !redeliver.error && (
        <Alert color="green" variant="light" role="status">
          {t('webhooks.deliveries.queued', { event: eventTypeLabel(t, queued.eventType) })}
        </Alert>
      )}
      <ProblemAlert error={redeliver.error} />
      {deliveries.isPending ? (
        <Loading />
      ) : deliveries.isError ? (
        <ProblemAlert error={deliveries.error} />
      ) : (
        <>
          <DeliveriesTable
            deliveries={deliveries.data.items}
            filtered={Boolean(status)}
            sending={redeliver.isPending ? redeliver.variables?.deliveryId : undefined}
            onRedeliver={send}
          />
          <Pager
            page={page}
            size={DELIVERY_PAGE_SIZE}
            total={deliveries.data.total}
            onChange={onPage}
          />
        </>
      )}
    </Stack>
  );
}

type TableProps = {
  deliveries: WebhookDelivery[];
  filtered: boolean;
  /** The delivery being sent again, if any. */
  sending?: string;
  onRedeliver: (delivery: WebhookDelivery) => void;
};

/** A table on wide screens (scrolling sideways when narrow), a list of cards on phones. */
function DeliveriesTable({ deliveries, filtered, sending, onRedeliver }: TableProps) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const time = (value?: string) => formatDateTime(value, i18n.language) || '—';

  if (deliveries.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {filtered ? t('webhooks.deliveries.emptyFiltered') : t('webhooks.deliveries.empty')}
      </Alert>
    );
  }

  const answer = (d: WebhookDelivery) =>
    d.lastResponseCode != null
      ? t('webhooks.deliveries.httpStatus', { code: d.lastResponseCode })
      : (d.lastError ?? '—');

  const times = (d: WebhookDelivery) => [
    { label: t('webhooks.deliveries.createdAt'), value: time(d.createdAt) },
    { label: t('webhooks.deliveries.lastAttemptAt'), value: time(d.lastAttemptAt) },
    d.status === 'PENDING'
      ? { label: t('webhooks.deliveries.nextAttemptAt'), value: time(d.nextAttemptAt) }
      : { label: t('webhooks.deliveries.completedAt'), value: time(d.completedAt) },
  ];

  const button = (d: WebhookDelivery) => (
    <Button
      size="xs"
      variant="outline"
      loading={sending === d.id}
      disabled={sending !== undefined && sending !== d.id}
      aria-label={t('webhooks.deliveries.redeliverLabel', {
        event: eventTypeLabel(t, d.eventType),
        time: time(d.createdAt),
      })}
      onClick={() => onRedeliver(d)}
    >
      {t('webhooks.deliveries.redeliver')}
    </Button>
  );

  if (!wide) {
    return (
      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('webhooks.deliveries.title')}
      >
        {deliveries.map((d) => (
          <Card component="li" key={d.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {eventTypeLabel(t, d.eventType)}
              </Text>
              <DeliveryStatusBadge status={d.status} />
            </Group>
            <dl style={{ margin: 0 }}>
              {[
                { label: t('webhooks.deliveries.subject'), value: d.subjectId },
                { label: t('webhooks.deliveries.attempts'), value: String(d.attempts) },
                { label: t('webhooks.deliveries.lastAnswer'), value: answer(d) },
                ...times(d),
              ].map((item) => (
                <Group key={item.label} gap={4} wrap="wrap" mt={4}>
                  <Text component="dt" size="sm" fw={600}>
                    {item.label}:
                  </Text>
                  <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {item.value}
                  </Text>
                </Group>
              ))}
            </dl>
            <Group mt="xs">{button(d)}</Group>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption className="visually-hidden">{t('webhooks.deliveries.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('webhooks.deliveries.event')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.deliveries.subject')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.deliveries.statusColumn')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.deliveries.attempts')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.deliveries.lastAnswer')}</Table.Th>
            <Table.Th scope="col">{t('webhooks.deliveries.times')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('webhooks.deliveries.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{eventTypeLabel(t, d.eventType)}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {d.subjectId}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeliveryStatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>{d.attempts}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', maxWidth: '16rem' }}>
                {answer(d)}
              </Table.Td>
              <Table.Td>
                {times(d).map((item) => (
                  <Text key={item.label} size="sm">
                    {item.label}: {item.value}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{button(d)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
