import { Anchor, Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntegrationClient } from '../api/get-integration-clients';
import { scopeLabel, sortScopes } from './scopes';

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={enabled ? 'teal.9' : 'gray.8'}
      variant={enabled ? 'filled' : 'outline'}
      radius="sm"
    >
      {enabled ? t('integrationClients.enabled') : t('integrationClients.disabled')}
    </Badge>
  );
}

/** A table on wide screens, a list of cards on phones. */
export function ClientsTable({ clients }: { clients: IntegrationClient[] }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (clients.length === 0) {
    return <Text py="md">{t('integrationClients.empty')}</Text>;
  }

  const link = (c: IntegrationClient) => (
    <Anchor component={Link} to={`/integration-clients/${c.id}`} fw={600} underline="always">
      {c.name}
    </Anchor>
  );
  const scopes = (c: IntegrationClient) =>
    sortScopes(c.scopes)
      .map((s) => scopeLabel(t, s))
      .join(', ');

  if (!wide) {
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {clients.map((c) => (
          <Card component="li" key={c.id} withBorder padding="sm">
            {link(c)}
            <Text size="sm" mt={4}>
              {c.organisationName}
            </Text>
            <Text size="sm">{scopes(c)}</Text>
            <div style={{ marginTop: 4 }}>
              <EnabledBadge enabled={c.enabled} />
            </div>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover>
      <Table.Caption className="visually-hidden">{t('integrationClients.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('integrationClients.fields.name')}</Table.Th>
          <Table.Th scope="col">{t('integrationClients.fields.organisation')}</Table.Th>
          <Table.Th scope="col">{t('integrationClients.fields.scopes')}</Table.Th>
          <Table.Th scope="col">{t('integrationClients.fields.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{link(c)}</Table.Td>
            <Table.Td>{c.organisationName}</Table.Td>
            <Table.Td>{scopes(c)}</Table.Td>
            <Table.Td>
              <EnabledBadge enabled={c.enabled} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
