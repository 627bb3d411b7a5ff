import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useOrganisation } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { editableRegionIds } from '../components/can-edit';
import { OrganisationForm, toFormValues, toRequest } from '../components/organisation-form';

export function OrganisationEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useOrganisation(id);
  const regions = useRegions();
  const update = useUpdateOrganisation();

  if (query.isPending || regions.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;

  const { organisation, etag } = query.data;
  const allowed = editableRegionIds(me);
  const choices =
    allowed === 'all'
      ? regions.data
      : regions.data.filter((r) => allowed.includes(r.id) || r.id === organisation.regionId);
  const stale = update.error?.status === 412;

  const reload = async () => {
    update.reset();
    await query.refetch();
  };

  return (
    <>
      <PageHeader title={t('organisations.editTitle', { name: organisation.name })} />
      {stale ? (
        <Alert color="red" title={t('common.conflictTitle')} role="alert" mb="md">
          {t('problems.precondition_failed')}{' '}
          <Button size="xs" variant="outline" ml="xs" onClick={() => void reload()}>
            {t('common.reload')}
          </Button>
        </Alert>
      ) : (
        <ProblemAlert error={update.error} />
      )}
      <OrganisationForm
        // A new version from the server resets the form to what is stored now.
        key={`${organisation.id}-${organisation.version}`}
        defaultValues={toFormValues(organisation)}
        regions={choices}
        submitting={update.isPending}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(`/organisations/${organisation.id}`)}
        onSubmit={(values) =>
          update.mutate(
            { id: organisation.id, etag, input: toRequest(values) },
            { onSuccess: () => void navigate(`/organisations/${organisation.id}`) },
          )
        }
      />
    </>
  );
}
