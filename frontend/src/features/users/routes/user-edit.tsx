import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useRegions } from '@/lib/regions/get-regions';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import { toFormValues, UserForm } from '../components/user-form';

export function UserEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useUser(id);
  const regions = useRegions();
  const organisations = useOrganisationOptions();
  const update = useUpdateUser();

  if (query.isPending || regions.isPending || organisations.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;

  const { user, etag } = query.data;
  const stale = update.error?.status === 412;

  return (
    <>
      <Anchor component={Link} to="/users" underline="always" size="sm">
        {t('users.backToList')}
      </Anchor>
      <PageHeader title={t('users.editTitle', { name: user.displayName })} />
      <Text mb="md" style={{ overflowWrap: 'anywhere' }}>
        {t('users.fields.email')}: {user.email}
      </Text>
      {stale ? (
        <Alert color="red" title={t('common.conflictTitle')} role="alert" mb="md">
          {t('problems.precondition_failed')}{' '}
          <Button
            size="xs"
            variant="outline"
            ml="xs"
            onClick={() => {
              update.reset();
              void query.refetch();
            }}
          >
            {t('common.reload')}
          </Button>
        </Alert>
      ) : (
        <ProblemAlert error={update.error} />
      )}
      <UserForm
        key={`${user.id}-${user.version}`}
        mode="edit"
        defaultValues={toFormValues(user)}
        regions={regions.data}
        organisations={organisations.data ?? []}
        submitting={update.isPending}
        serverError={update.error}
        onCancel={() => void navigate('/users')}
        onSubmit={(values) =>
          update.mutate(
            {
              id: user.id,
              etag,
              input: {
                displayName: values.displayName.trim(),
                preferredLanguage: values.preferredLanguage,
                role: values.role,
                regionIds: values.regionIds,
                organisationId: values.organisationId || undefined,
                enabled: values.enabled,
              },
            },
            { onSuccess: () => void navigate('/users') },
          )
        }
      />
    </>
  );
}
