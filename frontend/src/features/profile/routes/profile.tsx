import { Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '@/components/detail-list';
import { roleLabel } from '@/components/labels';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { PasswordForm } from '../components/password-form';
import { ProfileForm } from '../components/profile-form';

export function ProfileRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const regions = useRegions();
  if (!me) return <Loading />;
  const regionNames = me.regionIds
    .map((id) => regions.data?.find((r) => r.id === id)?.name)
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Paper withBorder p="md" mb="md">
        <DetailList
          items={[
            { label: t('profile.email'), value: me.email },
            { label: t('profile.role'), value: roleLabel(t, me.role) },
            { label: t('profile.regions'), value: regionNames },
          ]}
        />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md">
          <ProfileForm key={me.id} me={me} />
        </Paper>
        <Paper withBorder p="md">
          <PasswordForm />
        </Paper>
      </SimpleGrid>
    </>
  );
}
