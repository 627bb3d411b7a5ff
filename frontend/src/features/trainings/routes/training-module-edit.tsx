import { Alert, Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useTrainingModule } from '../api/get-training-module';
import { useUpdateTrainingModule } from '../api/update-training-module';
import { ModuleForm, toModuleFormValues, toModuleRequest } from '../components/module-form';

export function TrainingModuleEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useTrainingModule(id);
  const update = useUpdateTrainingModule();

  const back = (
    <Anchor component={Link} to="/training-modules" underline="always" size="sm">
      {t('trainings.modules.backToList')}
    </Anchor>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} scope="trainings" />
      </>
    );

  const { module, etag } = query.data;
  return (
    <>
      {back}
      <PageHeader title={t('trainings.modules.editTitle', { title: module.title })} />
      {update.error?.status === 412 ? (
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
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <ProblemAlert error={update.error} scope="trainings" />
        </div>
      )}
      <Alert color="blue" variant="light" mb="md">
        {t('trainings.modules.editNote')}
      </Alert>
      <ModuleForm
        key={`${module.id}-${etag ?? module.updatedAt}`}
        mode="edit"
        defaultValues={toModuleFormValues(module)}
        regions={[]}
        submitting={update.isPending}
        serverError={update.error}
        onCancel={() => void navigate('/training-modules')}
        onSubmit={(values) =>
          update.mutate(
            { id: module.id, etag, input: toModuleRequest(values, 'edit') },
            { onSuccess: () => void navigate('/training-modules') },
          )
        }
      />
    </>
  );
}
