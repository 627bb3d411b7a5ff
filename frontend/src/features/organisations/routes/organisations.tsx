import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';

import { HELP_SYSTEMS, helpSystemLabel } from '@/components/labels';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import {
  ORGANISATION_PAGE_SIZE,
  useOrganisations,
  type HelpSystem,
  type OrganisationsQuery,
} from '../api/get-organisations';
import { canCreateOrganisations } from '../components/can-edit';
import { OrganisationsTable } from '../components/organisations-table';

export function OrganisationsRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const [params, update] = useUrlParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const helpSystem = params.get('helpSystem') ?? '';
  const regionId = params.get('regionId') ?? '';

  const query: OrganisationsQuery = {
    page,
    size: ORGANISATION_PAGE_SIZE,
    sort: 'name',
    ...(helpSystem ? { helpSystem: helpSystem as HelpSystem } : {}),
    ...(regionId ? { regionId } : {}),
  };
  const organisations = useOrganisations(query);
  const regions = useRegions();
  const regionName = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? '';

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        actions={
          canCreateOrganisations(me) && (
            <LinkButton to="/organisations/new">{t('organisations.new')}</LinkButton>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('common.filters')}>
        <NativeSelect
          label={t('organisations.filterHelpSystem')}
          value={helpSystem}
          onChange={(e) => update({ helpSystem: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('organisations.allHelpSystems') },
            ...HELP_SYSTEMS.map((h) => ({ value: h, label: helpSystemLabel(t, h) })),
          ]}
          w={{ base: '100%', xs: 240 }}
        />
        <NativeSelect
          label={t('organisations.filterRegion')}
          value={regionId}
          onChange={(e) => update({ regionId: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('organisations.allRegions') },
            ...(regions.data ?? []).map((r) => ({ value: r.id, label: r.name })),
          ]}
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} />
      ) : (
        <>
          <OrganisationsTable organisations={organisations.data.items} regionName={regionName} />
          <Pager
            page={page}
            size={ORGANISATION_PAGE_SIZE}
            total={organisations.data.total}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
    </>
  );
}
