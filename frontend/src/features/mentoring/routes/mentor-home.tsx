import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { formatDate, formatDateTimeRange } from '@/lib/format';
import { useDiary } from '../api/get-diary';
import { useMentorHome } from '../api/get-mentor-home';
import { useNextSupervision } from '../api/get-next-supervision';
import { useLogMeeting } from '../api/log-meeting';
import { SCOPE, SCREENING_STEPS, type MentorMatch, type Volunteer } from '../api/types';
import { MatchStatusBadge, VolunteerStatusBadge } from '../components/badges';
import { DiaryList } from '../components/diary-list';
import { enumList, languageList } from '../components/labels';
import { MeetingForm } from '../components/meeting-form';

/** The mentor's home: their child, logging a meeting, the next supervision and the diary. */
export function MentorHomeRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const home = useMentorHome();

  return (
    <Stack gap="md" maw={760}>
      <Title order={1} size="h2">
        {t('home.welcome', { name: me?.displayName ?? '' })}
      </Title>
      {home.isPending ? (
        <Loading />
      ) : home.isError ? (
        <ProblemAlert error={home.error} scope={SCOPE} />
      ) : home.data.match ? (
        <MatchHome match={home.data.match} />
      ) : home.data.volunteer ? (
        <>
          <ApplicationStatus volunteer={home.data.volunteer} />
          {home.data.volunteer.status === 'APPROVED' && <NextSupervision />}
        </>
      ) : (
        <Paper withBorder p="md">
          <Text>{t('home.mentorIntro')}</Text>
        </Paper>
      )}
    </Stack>
  );
}

function MatchHome({ match }: { match: MentorMatch }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 30em)');
  const [logging, setLogging] = useState(false);
  const log = useLogMeeting();
  const diary = useDiary(match.status === 'ACTIVE' ? match.id : undefined);
  const child = match.child;

  return (
    <>
      <Card withBorder padding="md" component="section" aria-labelledby="my-child-title">
        <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
          <Title order={2} size="h3" id="my-child-title">
            {t('mentoring.home.myChild', { name: child.firstName, age: child.age })}
          </Title>
          <MatchStatusBadge status={match.status} />
        </Group>
        <DetailList
          items={[
            {
              label: t('mentoring.fields.interests'),
              value: enumList(t, 'interests', child.interests),
            },
            {
              label: t('mentoring.fields.languages'),
              value: languageList(child.languages, i18n.language),
            },
            {
              label: t('mentoring.fields.startedOn'),
              value: formatDate(match.startedOn, i18n.language),
            },
            {
              label: t('mentoring.fields.lastMeetingOn'),
              value: formatDate(match.lastMeetingOn, i18n.language),
            },
          ]}
        />
      </Card>

      {match.status === 'ACTIVE' ? (
        <Button
          size="lg"
          fullWidth
          onClick={() => {
            log.reset();
            setLogging(true);
          }}
        >
          {t('mentoring.home.logMeeting')}
        </Button>
      ) : (
        <Alert color="blue" variant="light">
          {t('mentoring.home.notStarted')}
        </Alert>
      )}
      {log.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {log.data.concern ? t('mentoring.home.loggedWithConcern') : t('mentoring.home.logged')}
        </Alert>
      )}

      <NextSupervision />

      {match.status === 'ACTIVE' && (
        <section aria-labelledby="diary-title">
          <Title order={2} size="h3" id="diary-title" mb="sm">
            {t('mentoring.diary.title')}
          </Title>
          {diary.isPending ? (
            <Loading />
          ) : diary.isError ? (
            <ProblemAlert error={diary.error} scope={SCOPE} />
          ) : (
            <DiaryList entries={diary.data} />
          )}
        </section>
      )}

      <Modal
        opened={logging}
        onClose={() => setLogging(false)}
        title={t('mentoring.meeting.title', { name: child.firstName })}
        fullScreen={phone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <MeetingForm
          childName={child.firstName}
          submitting={log.isPending}
          serverError={log.error}
          onCancel={() => setLogging(false)}
          onSubmit={(input) =>
            log.mutate({ matchId: match.id, input }, { onSuccess: () => setLogging(false) })
          }
        />
      </Modal>
    </>
  );
}

function NextSupervision() {
  const { t, i18n } = useTranslation();
  const next = useNextSupervision();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="supervision-title">
      <Title order={2} size="h3" id="supervision-title" mb="xs">
        {t('mentoring.home.nextSupervision')}
      </Title>
      {next.isPending ? (
        <Loading />
      ) : next.isError ? (
        <ProblemAlert error={next.error} />
      ) : next.data ? (
        <Stack gap={4}>
          <Anchor component={Link} to={`/trainings/${next.data.id}`} underline="always" fw={600}>
            {next.data.title}
          </Anchor>
          <Text size="sm">
            {formatDateTimeRange(next.data.startsAt, next.data.endsAt, i18n.language)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{t('mentoring.home.noSupervision')}</Text>
      )}
    </Card>
  );
}

/** A mentor without a match: where their application stands. */
function ApplicationStatus({ volunteer }: { volunteer: Volunteer }) {
  const { t, i18n } = useTranslation();
  const done = new Set(volunteer.steps.map((s) => s.step));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="application-title">
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={2} size="h3" id="application-title">
          {t('mentoring.home.application')}
        </Title>
        <VolunteerStatusBadge status={volunteer.status} />
      </Group>
      <Text mb="sm">{t(`mentoring.home.applicationStatus.${volunteer.status}`)}</Text>
      {volunteer.status === 'SCREENING' && (
        <List size="sm" spacing={4}>
          {SCREENING_STEPS.map((step) => (
            <List.Item key={step}>
              {t(`mentoring.steps.${step}`)}:{' '}
              {done.has(step) ? t('mentoring.home.stepDone') : t('mentoring.home.stepOpen')}
            </List.Item>
          ))}
        </List>
      )}
      {volunteer.certificateValidUntil && (
        <Text size="sm" mt="sm">
          {t('mentoring.home.certificateValidUntil', {
            date: formatDate(volunteer.certificateValidUntil, i18n.language),
          })}
        </Text>
      )}
    </Card>
  );
}
