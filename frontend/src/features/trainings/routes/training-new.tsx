import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { isSupportedLanguage } from '@/lib/i18n/languages';
import { useRegions } from '@/lib/regions/get-regions';
import { useCreateTraining } from '../api/create-training';
import { useRegionPeople } from '../api/get-region-people';
import { useTrainingModules } from '../api/get-training-modules';
import { TrainingForm } from '../components/training-form';
import { toFormValues, toRequest } from '../components/training-form-values';

const TRAINER_ROLES = ['COORDINATOR', 'PROFESSIONAL'] as const;

export function TrainingNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const regions = useRegions();
  const create = useCreateTraining();
  const mine = (regions.data ?? []).filter((r) => me?.regionIds.includes(r.id));
  const single = me?.regionIds.length === 1 ? me.regionIds[0] : '';
  const [regionId, setRegionId] = useState(single);
  const modules = useTrainingModules({ regionId }, regionId !== '');
  const trainers = useRegionPeople(regionId, TRAINER_ROLES);

  if (regions.isPending || !me) return <Loading />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;
  const region = mine.find((r) => r.id === (regionId || single));
  const language = isSupportedLanguage(region?.defaultLanguage) ? region.defaultLanguage : 'en';

  return (
    <>
      <Anchor component={Link} to="/trainings" underline="always" size="sm">
        {t('trainings.backToList')}
      </Anchor>
      <PageHeader title={t('trainings.newTitle')} />
      <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
        <ProblemAlert error={create.error} scope="trainings" />
      </div>
      <TrainingForm
        mode="create"
        defaultValues={toFormValues(undefined, { regionId: single, language })}
        regions={mine}
        modules={(modules.data ?? []).filter((m) => !m.archived)}
        trainers={trainers.data ?? []}
        onRegionChange={setRegionId}
        submitting={create.isPending}
        serverError={create.error}
        submitLabel={t('trainings.form.createDraft')}
        onCancel={() => void navigate('/trainings')}
        onSubmit={(values) =>
          create.mutate(toRequest(values, 'create'), {
            onSuccess: (created) => void navigate(`/trainings/${created.id}`),
          })
        }
      />
    </>
  );
}
