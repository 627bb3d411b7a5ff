import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '@/components/confirm-modal';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { MutationAlert } from '@/components/mutation-alert';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/use-url-params';
import { useIntegrationClient } from '../api/get-integration-client';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../api/get-webhook-deliveries';
import { useWebhookSubscription } from '../api/get-webhook-subscription';
import type { WebhookSubscriptionSecret } from '../api/get-webhook-subscriptions';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { useUpdateWebhookSubscription } from '../api/update-webhook-subscription';
import { DeliveryLog } from '../components/delivery-log';
import { eventTypeLabel, sortEventTypes } from '../components/event-types';
import { SubscriptionStatusBadge } from '../components/webhook-badges';
import { toWebhookFormValues, toWebhookRequest, WebhookForm } from '../components/webhook-form';
import { WebhookSecret } from '../components/webhook-secret';

/** One webhook subscription: its state, the form to change it, its secret and its delivery log. */
export function WebhookSubscriptionDetailRoute() {
  const { t, i18n } = useTranslation();
  const { clientId = '', id = '' } = useParams();
  const query = useWebhookSubscription(id);
  const client = useIntegrationClient(clientId);
  const update = useUpdateWebhookSubscription();
  const rotate = useRotateWebhookSecret();
  const [params, setParams] = useUrlParams();
  const [saved, setSaved] = useState(false);
  // Whether the running change is the on/off button's or the form's.
  const [toggled, setToggled] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [secret, setSecret] = useState<WebhookSubscriptionSecret | null>(null);

  const statusParam = params.get('status') ?? '';
  const status = (DELIVERY_STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as DeliveryStatus)
    : undefined;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);

  const clientName = client.data?.client.name;
  const back = (
    <Anchor component={Link} to={`/integration-clients/${clientId}`} underline="always" size="sm">
      {clientName
        ? t('webhooks.backToClient', { client: clientName })
        : t('webhooks.backToClientUnnamed')}
    </Anchor>
  );

  if (query.isPending || client.isPending) return <Loading />;
  if (query.isError || client.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error ?? client.error} />
      </>
    );

  const { subscription, etag } = query.data;
  const scopes = client.data.client.scopes;

  const reload = async () => {
    update.reset();
    await query.refetch();
  };

  const setEnabled = (enabled: boolean) => {
    setSaved(false);
    setToggled(true);
    update.mutate({
      id: subscription.id,
      etag,
      input: toWebhookRequest({ ...toWebhookFormValues(subscription), enabled }),
    });
  };
  const toggling = update.isPending && toggled;

  const closeRotation = () => {
    setRotating(false);
    rotate.reset();
  };

  const confirmRotation = () =>
    rotate.mutate(subscription.id, {
      onSuccess: (data) => {
        setSecret(data);
        setRotating(false);
      },
    });

  return (
    <>
      {back}
      <PageHeader
        title={t('webhooks.detailTitle')}
        actions={
          <Group gap="sm">
            <Button
              variant="outline"
              color={subscription.enabled ? 'red.9' : undefined}
              loading={toggling}
              onClick={() => setEnabled(!subscription.enabled)}
            >
              {subscription.enabled ? t('webhooks.switchOff') : t('webhooks.switchOn')}
            </Button>
            <Button variant="outline" onClick={() => setRotating(true)}>
              {t('webhooks.rotate.button')}
            </Button>
          </Group>
        }
      />
      {secret && <WebhookSecret secret={secret} onDone={() => setSecret(null)} />}
      {!subscription.enabled && subscription.disabledReason === 'FAILING' && (
        <Alert color="red" variant="light" title={t('webhooks.failing.title')} mb="md">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('webhooks.failing.text')}</Text>
            <Button size="sm" loading={toggling} onClick={() => setEnabled(true)}>
              {t('webhooks.switchOnAgain')}
            </Button>
          </Stack>
        </Alert>
      )}
      {!subscription.enabled && subscription.disabledReason !== 'FAILING' && (
        <Alert color="gray" variant="light" mb="md">
          {t('webhooks.offText')}
        </Alert>
      )}
      <MutationAlert error={update.error} onReload={() => void reload()} />
      {saved && !update.error && (
        <Text role="status" c="teal.9" mb="md">
          {t('webhooks.saved')}
        </Text>
      )}
      <Paper withBorder p="md" mb="xl">
        <DetailList
          items={[
            { label: t('webhooks.fields.client'), value: clientName },
            {
              label: t('webhooks.fields.url'),
              value: <span style={{ overflowWrap: 'anywhere' }}>{subscription.url}</span>,
            },
            {
              label: t('webhooks.fields.status'),
              value: <SubscriptionStatusBadge subscription={subscription} />,
            },
            {
              label: t('webhooks.fields.eventTypes'),
              value: sortEventTypes(subscription.eventTypes)
                .map((type) => eventTypeLabel(t, type))
                .join(', '),
            },
            {
              label: t('webhooks.fields.pendingDeliveries'),
              value: String(subscription.pendingDeliveries),
            },
            {
              label: t('webhooks.fields.failedDeliveries'),
              value: String(subscription.failedDeliveries),
            },
            {
              label: t('webhooks.fields.createdAt'),
              value: formatDateTime(subscription.createdAt, i18n.language),
            },
          ]}
        />
      </Paper>
      <Stack gap="md" component="section" aria-labelledby="edit-webhook">
        <Title order={2} size="h3" id="edit-webhook">
          {t('webhooks.editTitle')}
        </Title>
        <WebhookForm
          // A new version from the server resets the form to what is stored now.
          key={`${subscription.id}-${subscription.version}`}
          defaultValues={toWebhookFormValues(subscription)}
          clientScopes={scopes}
          withEnabled
          submitting={update.isPending && !toggling}
          serverError={update.error}
          submitLabel={t('common.save')}
          onSubmit={(values) => {
            setSaved(false);
            setToggled(false);
            update.mutate(
              { id: subscription.id, etag, input: toWebhookRequest(values) },
              { onSuccess: () => setSaved(true) },
            );
          }}
        />
      </Stack>
      <Text size="xs" c="dimmed" mt="md">
        {t('common.version', { version: subscription.version })}
      </Text>
      <DeliveryLog
        subscriptionId={subscription.id}
        status={status}
        page={page}
        onStatus={(s) => setParams({ status: s, page: null })}
        onPage={(p) => setParams({ page: String(p) })}
      />
      <ConfirmModal
        opened={rotating}
        title={t('webhooks.rotate.title')}
        confirmLabel={t('webhooks.rotate.confirm')}
        loading={rotate.isPending}
        onConfirm={confirmRotation}
        onClose={closeRotation}
      >
        <Text>{t('webhooks.rotate.explain')}</Text>
        <ProblemAlert error={rotate.error} />
      </ConfirmModal>
    </>
  );
}
