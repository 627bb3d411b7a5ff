import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useCreateOrganisation } from '../api/create-organisation';
import { editableRegionIds } from '../components/can-edit';
import { OrganisationForm, toFormValues, toRequest } from '../components/organisation-form';

export function OrganisationNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const regions = useRegions();
  const create = useCreateOrganisation();

  if (regions.isPending) return <Loading />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;

  const allowed = editableRegionIds(me);
  const choices =
    allowed === 'all' ? regions.data : regions.data.filter((r) => allowed.includes(r.id));

  return (
    <>
      <PageHeader title={t('organisations.newTitle')} />
      <ProblemAlert error={create.error} />
      <OrganisationForm
        defaultValues={toFormValues(undefined, choices.length === 1 ? choices[0].id : '')}
        regions={choices}
        submitting={create.isPending}
        submitLabel={t('common.create')}
        onCancel={() => void navigate('/organisations')}
        onSubmit={(values) =>
          create.mutate(toRequest(values), {
            onSuccess: (created) => void navigate(`/organisations/${created.id}`),
          })
        }
      />
    </>
  );
}
