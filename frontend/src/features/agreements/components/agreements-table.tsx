import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { AgreementSummary } from '../api/get-agreements';
import { StatusBadge } from './badges';

type Props = { agreements: AgreementSummary[]; regionName: (id: string) => string };

/** A table on wide screens, a list of cards on phones. */
export function AgreementsTable({ agreements, regionName }: Props) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (agreements.length === 0) {
    return <Text py="md">{t('agreements.empty')}</Text>;
  }

  const link = (a: AgreementSummary) => (
    <Anchor component={Link} to={`/agreements/${a.id}`} fw={600} underline="always">
      {a.title}
    </Anchor>
  );
  const parties = (a: AgreementSummary) => a.parties.map((p) => p.organisationName).join(', ');

  if (!wide) {
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {agreements.map((a) => (
          <Card component="li" key={a.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{link(a)}</div>
              <StatusBadge status={a.status} />
            </Group>
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {parties(a) || t('agreements.noParties')}
            </Text>
            <Text size="sm">
              {[
                regionName(a.regionId),
                a.reviewDate &&
                  t('agreements.reviewOn', { date: formatDate(a.reviewDate, i18n.language) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover>
      <Table.Caption className="visually-hidden">{t('agreements.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('agreements.fields.title')}</Table.Th>
          <Table.Th scope="col">{t('agreements.fields.status')}</Table.Th>
          <Table.Th scope="col">{t('agreements.fields.parties')}</Table.Th>
          <Table.Th scope="col">{t('agreements.fields.region')}</Table.Th>
          <Table.Th scope="col">{t('agreements.fields.reviewDate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agreements.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{link(a)}</Table.Td>
            <Table.Td>
              <StatusBadge status={a.status} />
            </Table.Td>
            <Table.Td>{parties(a)}</Table.Td>
            <Table.Td>{regionName(a.regionId)}</Table.Td>
            <Table.Td>{formatDate(a.reviewDate, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
