import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helpSystemLabel } from '@/components/labels';
import type { Organisation } from '../api/get-organisations';

type Props = { organisations: Organisation[]; regionName: (id: string) => string };

/** A table on wide screens, a list of cards on phones. */
export function OrganisationsTable({ organisations, regionName }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (organisations.length === 0) {
    return <Text py="md">{t('organisations.empty')}</Text>;
  }

  const link = (o: Organisation) => (
    <Anchor component={Link} to={`/organisations/${o.id}`} fw={600} underline="always">
      {o.name}
    </Anchor>
  );

  if (!wide) {
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {organisations.map((o) => (
          <Card component="li" key={o.id} withBorder padding="sm">
            {link(o)}
            <Text size="sm" mt={4}>
              {helpSystemLabel(t, o.helpSystem)}
            </Text>
            <Text size="sm">{[regionName(o.regionId), o.city].filter(Boolean).join(' · ')}</Text>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover>
      <Table.Caption className="visually-hidden">{t('organisations.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('organisations.fields.name')}</Table.Th>
          <Table.Th scope="col">{t('organisations.fields.helpSystem')}</Table.Th>
          <Table.Th scope="col">{t('organisations.fields.region')}</Table.Th>
          <Table.Th scope="col">{t('organisations.fields.city')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organisations.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td>{link(o)}</Table.Td>
            <Table.Td>{helpSystemLabel(t, o.helpSystem)}</Table.Td>
            <Table.Td>{regionName(o.regionId)}</Table.Td>
            <Table.Td>{o.city ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
