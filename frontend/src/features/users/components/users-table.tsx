import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleLabel } from '@/components/labels';
import type { User } from '../api/get-users';

type Props = {
  users: User[];
  regionNames: (ids: string[]) => string;
  /** Only an ADMIN may open a user to edit. */
  editable: boolean;
};

export function UsersTable({ users, regionNames, editable }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (users.length === 0) return <Text py="md">{t('users.empty')}</Text>;

  const name = (u: User) =>
    editable ? (
      <Anchor component={Link} to={`/users/${u.id}`} fw={600} underline="always">
        {u.displayName}
      </Anchor>
    ) : (
      <Text component="span" fw={600}>
        {u.displayName}
      </Text>
    );
  const status = (u: User) => (u.enabled ? t('users.active') : t('users.disabled'));

  if (!wide) {
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {users.map((u) => (
          <Card component="li" key={u.id} withBorder padding="sm">
            {name(u)}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {u.email}
            </Text>
            <Text size="sm">
              {roleLabel(t, u.role)} · {status(u)}
            </Text>
            <Text size="sm">{regionNames(u.regionIds)}</Text>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover>
      <Table.Caption className="visually-hidden">{t('users.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('users.fields.displayName')}</Table.Th>
          <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
          <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
          <Table.Th scope="col">{t('users.fields.regions')}</Table.Th>
          <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((u) => (
          <Table.Tr key={u.id}>
            <Table.Td>{name(u)}</Table.Td>
            <Table.Td>{u.email}</Table.Td>
            <Table.Td>{roleLabel(t, u.role)}</Table.Td>
            <Table.Td>{regionNames(u.regionIds)}</Table.Td>
            <Table.Td>{status(u)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
