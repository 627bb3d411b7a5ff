import { Alert, Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useRegionPeople } from '../api/get-region-people';
import { useTraining } from '../api/get-training';
import { useTrainingModules } from '../api/get-training-modules';
import { useUpdateTraining } from '../api/update-training';
import { TrainingForm } from '../components/training-form';
import { toFormValues, toRequest } from '../components/training-form-values';

const TRAINER_ROLES = ['COORDINATOR', 'PROFESSIONAL'] as const;

export function TrainingEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useTraining(id);
  const regionId = query.data?.training.regionId ?? '';
  const modules = useTrainingModules({ regionId }, regionId !== '');
  const people = useRegionPeople(regionId, TRAINER_ROLES);
  const update = useUpdateTraining();

  const back = (
    <Anchor component={Link} to={`/trainings/${id}`} underline="always" size="sm">
      {t('trainings.backToTraining')}
    </Anchor>
  );

  if (query.isPending || modules.isPending || people.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} scope="trainings" />
      </>
    );

  const { training, etag } = query.data;
  const stale = update.error?.status === 412;
  // The programme and trainers may hold what is no longer offered (an archived module, a moved person).
  const offered = (modules.data ?? []).filter((m) => !m.archived);
  const programme = training.programme
    .filter((p) => !offered.some((m) => m.id === p.moduleId))
    .map((p) => ({ id: p.moduleId, title: p.title, durationMinutes: p.durationMinutes }));
  const trainers = [
    ...(people.data ?? []),
    ...training.trainers
      .filter((tr) => !(people.data ?? []).some((p) => p.id === tr.userId))
      .map((tr) => ({ id: tr.userId, displayName: tr.displayName, role: 'PROFESSIONAL' as const })),
  ];

  return (
    <>
      {back}
      <PageHeader title={t('trainings.editTitle', { title: training.title })} />
      {training.status !== 'DRAFT' && training.status !== 'PUBLISHED' ? (
        <Alert color="gray" variant="light">
          {t('trainings.form.closed')}
        </Alert>
      ) : (
        <>
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
            <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
              <ProblemAlert error={update.error} scope="trainings" />
            </div>
          )}
          {training.status === 'PUBLISHED' && (
            <Alert color="blue" variant="light" mb="md">
              {t('trainings.form.publishedNote')}
            </Alert>
          )}
          <TrainingForm
            key={`${training.id}-${etag ?? training.updatedAt}`}
            mode="edit"
            defaultValues={toFormValues(training)}
            regions={[]}
            modules={[...offered, ...programme]}
            trainers={trainers}
            submitting={update.isPending}
            serverError={update.error}
            submitLabel={t('common.save')}
            onCancel={() => void navigate(`/trainings/${training.id}`)}
            onSubmit={(values) =>
              update.mutate(
                { id: training.id, etag, input: toRequest(values, 'edit') },
                { onSuccess: () => void navigate(`/trainings/${training.id}`) },
              )
            }
          />
        </>
      )}
    </>
  );
}
