import { Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';

import { ROLES, roleLabel } from '@/components/labels';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { USER_PAGE_SIZE, useUsers, type User, type UsersQuery } from '../api/get-users';
import { UsersTable } from '../components/users-table';

export function UsersRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const isAdmin = me?.role === 'ADMIN';
  const [params, update] = useUrlParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const role = params.get('role') ?? '';

  const query: UsersQuery = {
    page,
    size: USER_PAGE_SIZE,
    sort: 'displayName',
    ...(role ? { role: role as User['role'] } : {}),
  };
  const users = useUsers(query);
  const regions = useRegions();
  const regionNames = (ids: string[]) =>
    ids
      .map((id) => regions.data?.find((r) => r.id === id)?.name)
      .filter(Boolean)
      .join(', ');

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={isAdmin && <LinkButton to="/users/new">{t('users.new')}</LinkButton>}
      />
      {!isAdmin && (
        <Text size="sm" mb="sm">
          {t('users.readOnly')}
        </Text>
      )}
      <Group gap="sm" mb="md" role="search" aria-label={t('common.filters')}>
        <NativeSelect
          label={t('users.filterRole')}
          value={role}
          onChange={(e) => update({ role: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('users.allRoles') },
            ...ROLES.map((r) => ({ value: r, label: roleLabel(t, r) })),
          ]}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ProblemAlert error={users.error} />
      ) : (
        <>
          <UsersTable users={users.data.items} regionNames={regionNames} editable={isAdmin} />
          <Pager
            page={page}
            size={USER_PAGE_SIZE}
            total={users.data.total}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
    </>
  );
}
