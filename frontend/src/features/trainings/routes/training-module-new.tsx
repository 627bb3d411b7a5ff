import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useCreateTrainingModule } from '../api/create-training-module';
import { ModuleForm, toModuleFormValues, toModuleRequest } from '../components/module-form';

export function TrainingModuleNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const regions = useRegions();
  const create = useCreateTrainingModule();

  if (regions.isPending || !me) return <Loading />;
  const mine = (regions.data ?? []).filter((r) => me.regionIds.includes(r.id));
  const single = me.regionIds.length === 1 ? me.regionIds[0] : '';

  return (
    <>
      <Anchor component={Link} to="/training-modules" underline="always" size="sm">
        {t('trainings.modules.backToList')}
      </Anchor>
      <PageHeader title={t('trainings.modules.newTitle')} />
      <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
        <ProblemAlert error={create.error} scope="trainings" />
      </div>
      <ModuleForm
        mode="create"
        defaultValues={toModuleFormValues(undefined, single)}
        regions={mine}
        submitting={create.isPending}
        serverError={create.error}
        onCancel={() => void navigate('/training-modules')}
        onSubmit={(values) =>
          create.mutate(toModuleRequest(values, 'create'), {
            onSuccess: () => void navigate('/training-modules'),
          })
        }
      />
    </>
  );
}
