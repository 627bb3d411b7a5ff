import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';

import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import {
  AGREEMENT_PAGE_SIZE,
  AGREEMENT_STATUSES,
  useAgreements,
  type AgreementStatus,
  type AgreementsQuery,
} from '../api/get-agreements';
import { useRegionOrganisations } from '../api/get-region-organisations';
import { AgreementsTable } from '../components/agreements-table';

export function AgreementsRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const [params, update] = useUrlParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const status = params.get('status') ?? '';
  const regionId = params.get('regionId') ?? '';
  const organisationId = params.get('organisationId') ?? '';
  const manyRegions = me?.role === 'COORDINATOR' && me.regionIds.length > 1;
  const partyRegion = (manyRegions && regionId) || me?.regionIds[0] || '';
  const partyOptions = useRegionOrganisations(partyRegion, partyRegion !== '');

  const query: AgreementsQuery = {
    page,
    size: AGREEMENT_PAGE_SIZE,
    sort: '-updatedAt',
    ...(status ? { status: status as AgreementStatus } : {}),
    ...(regionId && manyRegions ? { regionId } : {}),
    ...(organisationId ? { organisationId } : {}),
  };
  const agreements = useAgreements(query);
  const regions = useRegions();
  const regionName = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? '';

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        actions={<LinkButton to="/agreements/new">{t('agreements.new')}</LinkButton>}
      />
      <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('common.filters')}>
        <NativeSelect
          label={t('agreements.filterStatus')}
          value={status}
          onChange={(e) => update({ status: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('agreements.allStatuses') },
            ...AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreements.status.${s}`) })),
          ]}
          w={{ base: '100%', xs: 240 }}
        />
        {manyRegions && (
          <NativeSelect
            label={t('agreements.filterRegion')}
            value={regionId}
            onChange={(e) =>
              update({ regionId: e.currentTarget.value, organisationId: '', page: '0' })
            }
            data={[
              { value: '', label: t('agreements.allRegions') },
              ...(regions.data ?? [])
                .filter((r) => me.regionIds.includes(r.id))
                .map((r) => ({ value: r.id, label: r.name })),
            ]}
            w={{ base: '100%', xs: 260 }}
          />
        )}
        <NativeSelect
          label={t('agreements.filterParty')}
          value={organisationId}
          onChange={(e) => update({ organisationId: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('agreements.allParties') },
            ...(partyOptions.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ProblemAlert error={agreements.error} />
      ) : (
        <>
          <AgreementsTable agreements={agreements.data.items} regionName={regionName} />
          <Pager
            page={page}
            size={AGREEMENT_PAGE_SIZE}
            total={agreements.data.total}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
    </>
  );
}
