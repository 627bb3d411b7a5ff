import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useRegions } from '@/lib/regions/get-regions';
import { useCreateUser } from '../api/create-user';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { toFormValues, UserForm } from '../components/user-form';

export function UserNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const regions = useRegions();
  const organisations = useOrganisationOptions();
  const create = useCreateUser();

  if (regions.isPending || organisations.isPending) return <Loading />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;

  return (
    <>
      <PageHeader title={t('users.newTitle')} />
      <ProblemAlert error={create.error} />
      <UserForm
        mode="create"
        defaultValues={toFormValues()}
        regions={regions.data}
        organisations={organisations.data ?? []}
        submitting={create.isPending}
        serverError={create.error}
        onCancel={() => void navigate('/users')}
        onSubmit={(values) =>
          create.mutate(
            {
              email: values.email.trim(),
              displayName: values.displayName.trim(),
              preferredLanguage: values.preferredLanguage,
              role: values.role,
              regionIds: values.regionIds,
              organisationId: values.organisationId || undefined,
              initialPassword: values.initialPassword,
            },
            { onSuccess: () => void navigate('/users') },
          )
        }
      />
    </>
  );
}
