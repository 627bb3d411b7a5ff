import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
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
import { useIntegrationClient } from '../api/get-integration-client';
import type { IntegrationClientSecret } from '../api/get-integration-clients';
import { useRotateSecret } from '../api/rotate-secret';
import { useUpdateIntegrationClient } from '../api/update-integration-client';
import { ClientForm, toFormValues, toUpdateRequest } from '../components/client-form';
import { EnabledBadge } from '../components/clients-table';
import { OneTimeSecret } from '../components/one-time-secret';
import { WebhookSubscriptions } from '../components/webhook-subscriptions';
import { DEFAULT_GRACE_HOURS, MAX_GRACE_HOURS, parseGraceHours } from '../components/grace-hours';

export function IntegrationClientDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useIntegrationClient(id);
  const update = useUpdateIntegrationClient();
  const rotate = useRotateSecret();
  const [saved, setSaved] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [graceHours, setGraceHours] = useState(String(DEFAULT_GRACE_HOURS));
  const [graceError, setGraceError] = useState<string | undefined>();
  const [secret, setSecret] = useState<IntegrationClientSecret | null>(null);

  const back = (
    <Anchor component={Link} to="/integration-clients" underline="always" size="sm">
      {t('integrationClients.backToList')}
    </Anchor>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} />
      </>
    );

  const { client, etag } = query.data;

  const reload = async () => {
    update.reset();
    await query.refetch();
  };

  const toggleEnabled = () => {
    setSaved(false);
    update.mutate({
      id: client.id,
      etag,
      input: toUpdateRequest(toFormValues(client), !client.enabled),
    });
  };

  const closeRotation = () => {
    setRotating(false);
    setGraceError(undefined);
    rotate.reset();
  };

  const confirmRotation = () => {
    const hours = parseGraceHours(graceHours);
    if (hours === null) {
      setGraceError(t('integrationClients.validation.graceHours'));
      return;
    }
    rotate.mutate(
      { id: client.id, graceHours: hours },
      {
        onSuccess: (data) => {
          setSecret(data);
          setRotating(false);
          setGraceError(undefined);
        },
      },
    );
  };

  return (
    <>
      {back}
      <PageHeader
        title={client.name}
        actions={
          <Group gap="sm">
            <Button
              variant="outline"
              color={client.enabled ? 'red' : undefined}
              loading={update.isPending && update.variables?.input.enabled !== client.enabled}
              onClick={toggleEnabled}
            >
              {client.enabled ? t('integrationClients.disable') : t('integrationClients.enable')}
            </Button>
            <Button variant="outline" onClick={() => setRotating(true)}>
              {t('integrationClients.rotate.button')}
            </Button>
          </Group>
        }
      />
      {secret && <OneTimeSecret secret={secret} onDone={() => setSecret(null)} />}
      <MutationAlert error={update.error} onReload={() => void reload()} />
      {saved && !update.error && (
        <Text role="status" c="teal.9" mb="md">
          {t('integrationClients.saved')}
        </Text>
      )}
      <Paper withBorder p="md" mb="xl">
        <DetailList
          items={[
            { label: t('integrationClients.fields.clientId'), value: client.id },
            { label: t('integrationClients.fields.organisation'), value: client.organisationName },
            {
              label: t('integrationClients.fields.status'),
              value: <EnabledBadge enabled={client.enabled} />,
            },
            {
              label: t('integrationClients.fields.createdAt'),
              value: formatDateTime(client.createdAt, i18n.language),
            },
            {
              label: t('integrationClients.fields.previousSecretValidUntil'),
              value: formatDateTime(client.previousSecretValidUntil, i18n.language),
            },
          ]}
        />
      </Paper>
      <Stack gap="md" component="section" aria-labelledby="edit-client">
        <Title order={2} size="h3" id="edit-client">
          {t('integrationClients.editTitle')}
        </Title>
        <ClientForm
          // A new version from the server resets the form to what is stored now.
          key={`${client.id}-${client.version}`}
          defaultValues={toFormValues(client)}
          submitting={update.isPending && update.variables?.input.enabled === client.enabled}
          submitLabel={t('common.save')}
          onSubmit={(values) => {
            setSaved(false);
            update.mutate(
              { id: client.id, etag, input: toUpdateRequest(values, client.enabled) },
              { onSuccess: () => setSaved(true) },
            );
          }}
        />
      </Stack>
      <Text size="xs" c="dimmed" mt="md">
        {t('common.version', { version: client.version })}
      </Text>
      <WebhookSubscriptions client={client} />
      <ConfirmModal
        opened={rotating}
        title={t('integrationClients.rotate.title')}
        confirmLabel={t('integrationClients.rotate.confirm')}
        loading={rotate.isPending}
        onConfirm={confirmRotation}
        onClose={closeRotation}
      >
        <Text>{t('integrationClients.rotate.explain')}</Text>
        <TextInput
          label={t('integrationClients.rotate.graceHours')}
          description={t('integrationClients.rotate.graceHoursHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_GRACE_HOURS}
          value={graceHours}
          onChange={(e) => setGraceHours(e.currentTarget.value)}
          error={graceError}
        />
        <ProblemAlert error={rotate.error} />
      </ConfirmModal>
    </>
  );
}
