import { Alert, Anchor, Group, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useTraining } from '../api/get-training';
import { audienceOf } from '../api/get-trainings';
import { KindBadge, TrainingStatusBadge } from '../components/badges';
import { ManageActions } from '../components/manage-actions';
import { ParticipantsPanel } from '../components/participants-panel';
import { ParticipationPanel } from '../components/participation-panel';
import { ResultsPanel } from '../components/results-panel';
import { TrainingOverview } from '../components/training-overview';

const TABS = ['overview', 'participants', 'results'] as const;
type Tab = (typeof TABS)[number];

export function TrainingDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useMe().data?.me;
  const query = useTraining(id);
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'overview';

  const back = (
    <Anchor component={Link} to="/trainings" underline="always" size="sm">
      {t('trainings.backToList')}
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

  const { training } = query.data;
  const runs = training.canManage || training.isTrainer;
  const participant =
    !!training.myEnrolment || (me?.role === audienceOf(training.kind) && !training.isTrainer);
  const showAttendance = runs && training.status !== 'DRAFT' && training.status !== 'CANCELLED';

  const overview = (
    <Stack gap="md">
      {runs && <ManageActions training={training} />}
      {participant && <ParticipationPanel training={training} />}
      <TrainingOverview training={training} showAttendance={showAttendance} />
    </Stack>
  );

  return (
    <>
      {back}
      <PageHeader title={training.title} lang={training.language} />
      <Group gap="xs" mt={-8} mb="md">
        <TrainingStatusBadge status={training.status} />
        <KindBadge kind={training.kind} />
      </Group>
      {training.status === 'CANCELLED' && (
        <Alert color="red" variant="light" title={t('trainings.detail.cancelledTitle')} mb="md">
          {training.statusReason ?? t('trainings.detail.cancelledNoReason')}
        </Alert>
      )}
      {training.status === 'DRAFT' && (
        <Alert color="gray" variant="light" mb="md">
          {t('trainings.detail.draftNote')}
        </Alert>
      )}
      {runs ? (
        <Tabs
          value={tab}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (!value || value === 'overview') next.delete('tab');
            else next.set('tab', value);
            setParams(next, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
            {TABS.map((key) => (
              <Tabs.Tab value={key} key={key}>
                {t(`trainings.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview">{overview}</Tabs.Panel>
          <Tabs.Panel value="participants">
            <ParticipantsPanel training={training} />
          </Tabs.Panel>
          <Tabs.Panel value="results">
            <ResultsPanel trainingId={training.id} showComments={training.canManage} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        overview
      )}
    </>
  );
}
