import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useCreateIntegrationClient } from '../api/create-integration-client';
import {
  useIntegrationClients,
  type IntegrationClientSecret,
} from '../api/get-integration-clients';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { ClientForm, toCreateRequest, toFormValues } from '../components/client-form';
import { ClientsTable } from '../components/clients-table';
import { OneTimeSecret } from '../components/one-time-secret';

export function IntegrationClientsRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const clients = useIntegrationClients();
  const organisations = useOrganisationOptions();
  const create = useCreateIntegrationClient();
  const [created, setCreated] = useState<IntegrationClientSecret | null>(null);
  const [formKey, setFormKey] = useState(0);

  // A coordinator registers clients for the organisations of their own regions (the server checks).
  const choices =
    me?.role === 'ADMIN'
      ? (organisations.data ?? [])
      : (organisations.data ?? []).filter((o) => me?.regionIds.includes(o.regionId));

  const done = () => {
    setCreated(null);
    create.reset();
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <PageHeader title={t('integrationClients.title')} />
      <Text mb="md">{t('integrationClients.intro')}</Text>
      {clients.isPending ? (
        <Loading />
      ) : clients.isError ? (
        <ProblemAlert error={clients.error} />
      ) : (
        <ClientsTable clients={clients.data} />
      )}

      <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="register-client">
        <Title order={2} size="h3" id="register-client" mb="md">
          {t('integrationClients.register')}
        </Title>
        {created ? (
          <OneTimeSecret secret={created} onDone={done} />
        ) : organisations.isPending ? (
          <Loading />
        ) : organisations.isError ? (
          <ProblemAlert error={organisations.error} />
        ) : (
          <Stack gap="md">
            <ProblemAlert error={create.error} />
            <ClientForm
              key={formKey}
              defaultValues={toFormValues(undefined, choices.length === 1 ? choices[0].id : '')}
              organisations={choices}
              submitting={create.isPending}
              submitLabel={t('integrationClients.registerButton')}
              onSubmit={(values) =>
                create.mutate(toCreateRequest(values), { onSuccess: (data) => setCreated(data) })
              }
            />
          </Stack>
        )}
      </Paper>
    </>
  );
}
