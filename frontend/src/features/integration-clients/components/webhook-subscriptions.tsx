import { Alert, Anchor, Card, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCreateWebhookSubscription } from '../api/create-webhook-subscription';
import type { IntegrationClient } from '../api/get-integration-clients';
import {
  useWebhookSubscriptions,
  type WebhookSubscription,
  type WebhookSubscriptionSecret,
} from '../api/get-webhook-subscriptions';
import { allowedEventTypes, eventTypeLabel, sortEventTypes } from './event-types';
import { SubscriptionStatusBadge } from './webhook-badges';
import { toWebhookFormValues, toWebhookRequest, WebhookForm } from './webhook-form';
import { webhookPath } from './webhook-path';
import { WebhookSecret } from './webhook-secret';

/** A table on wide screens, a list of cards on phones. */
export function SubscriptionsTable({ subscriptions }: { subscriptions: WebhookSubscription[] }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (subscriptions.length === 0) {
    return <Text py="md">{t('webhooks.empty')}</Text>;
  }

  const link = (s: WebhookSubscription) => (
    <Anchor
      component={Link}
      to={webhookPath(s.clientId, s.id)}
      fw={600}
      underline="always"
      style={{ overflowWrap: 'anywhere' }}
    >
      {s.url}
    </Anchor>
  );
  const events = (s: WebhookSubscription) =>
    sortEventTypes(s.eventTypes)
      .map((type) => eventTypeLabel(t, type))
      .join(', ');

  if (!wide) {
    return (
      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('webhooks.listTitle')}
      >
        {subscriptions.map((s) => (
          <Card component="li" key={s.id} withBorder padding="sm">
            <div style={{ minWidth: 0 }}>{link(s)}</div>
            <Text size="sm" mt={4}>
              {events(s)}
            </Text>
            <Group gap="xs" mt={4}>
              <SubscriptionStatusBadge subscription={s} />
              <Text size="sm">
                {t('webhooks.counts', {
                  pending: s.pendingDeliveries,
                  failed: s.failedDeliveries,
                })}
              </Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover>
      <Table.Caption className="visually-hidden">{t('webhooks.listTitle')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('webhooks.fields.url')}</Table.Th>
          <Table.Th scope="col">{t('webhooks.fields.eventTypes')}</Table.Th>
          <Table.Th scope="col">{t('webhooks.fields.status')}</Table.Th>
          <Table.Th scope="col">{t('webhooks.fields.pendingDeliveries')}</Table.Th>
          <Table.Th scope="col">{t('webhooks.fields.failedDeliveries')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {subscriptions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{link(s)}</Table.Td>
            <Table.Td>{events(s)}</Table.Td>
            <Table.Td>
              <SubscriptionStatusBadge subscription={s} />
            </Table.Td>
            <Table.Td>{s.pendingDeliveries}</Table.Td>
            <Table.Td>{s.failedDeliveries}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The webhooks section of a client: its subscriptions and a form to add one. */
export function WebhookSubscriptions({ client }: { client: IntegrationClient }) {
  const { t } = useTranslation();
  const subscriptions = useWebhookSubscriptions(client.id);
  const create = useCreateWebhookSubscription();
  const [created, setCreated] = useState<WebhookSubscriptionSecret | null>(null);
  const [formKey, setFormKey] = useState(0);
  const canSubscribe = allowedEventTypes(client.scopes).length > 0;

  const done = () => {
    setCreated(null);
    create.reset();
    setFormKey((k) => k + 1);
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="client-webhooks" mt="xl">
      <Title order={2} size="h3" id="client-webhooks">
        {t('webhooks.title')}
      </Title>
      <Text>{t('webhooks.intro')}</Text>
      {subscriptions.isPending ? (
        <Loading />
      ) : subscriptions.isError ? (
        <ProblemAlert error={subscriptions.error} />
      ) : (
        <SubscriptionsTable subscriptions={subscriptions.data} />
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="add-webhook">
        <Title order={3} size="h4" id="add-webhook" mb="md">
          {t('webhooks.add')}
        </Title>
        {created ? (
          <WebhookSecret secret={created} headingOrder={3} onDone={done} />
        ) : !canSubscribe ? (
          <Alert color="gray" variant="light" role="status">
            {t('webhooks.noScopes')}
          </Alert>
        ) : (
          <Stack gap="md">
            <ProblemAlert error={create.error} />
            <WebhookForm
              key={formKey}
              defaultValues={toWebhookFormValues()}
              clientScopes={client.scopes}
              submitting={create.isPending}
              serverError={create.error}
              submitLabel={t('webhooks.addButton')}
              onSubmit={(values) =>
                create.mutate(
                  { clientId: client.id, input: toWebhookRequest(values) },
                  { onSuccess: (data) => setCreated(data) },
                )
              }
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
