import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { helpSystemLabel } from '@/components/labels';
import { formatDateTime, formatDateTimeRange } from '@/lib/format';
import { languageName } from '@/lib/i18n/language-name';
import type { Training } from '../api/get-training';
import { formatMinutes } from './labels';
import { SeatsText } from './seats';

type Props = { training: Training; showAttendance: boolean };

/** What a training is: facts, description, sessions, programme, trainers and seats. */
export function TrainingOverview({ training, showAttendance }: Props) {
  const { t, i18n } = useTranslation();
  const minutes = (value: number) =>
    formatMinutes(value, t('trainings.units.hours'), t('trainings.units.minutes'));
  const joint = training.kind === 'JOINT_SEMINAR';
  const totalMinutes = training.programme.reduce((sum, m) => sum + m.durationMinutes, 0);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="training-facts-title">
        <Title order={2} size="h4" id="training-facts-title" mb="sm">
          {t('trainings.detail.factsTitle')}
        </Title>
        <DetailList
          items={[
            {
              label: t('trainings.fields.dates'),
              value: formatDateTimeRange(training.startsAt, training.endsAt, i18n.language),
            },
            {
              label: t('trainings.fields.language'),
              value: languageName(training.language, i18n.language),
            },
            {
              label: t('trainings.fields.enrolmentDeadline'),
              value: formatDateTime(training.enrolmentDeadline, i18n.language),
            },
            {
              label: t('trainings.fields.seats'),
              value: (
                <SeatsText
                  seatsLeft={training.seatsLeft}
                  capacity={training.capacity}
                  waitlisted={training.waitlisted}
                />
              ),
            },
            {
              label: t('trainings.fields.approval'),
              value: training.requiresApproval
                ? t('trainings.detail.approvalNeeded')
                : t('trainings.detail.approvalNotNeeded'),
            },
            {
              label: t('trainings.fields.certificateRule'),
              value: t('trainings.detail.sessionsRequired', {
                count: training.sessionsRequired,
                total: training.sessions.length,
              }),
            },
            ...(training.statusReason
              ? [{ label: t('trainings.fields.statusReason'), value: training.statusReason }]
              : []),
          ]}
        />
        {training.description && (
          <Text mt="md" lang={training.language} style={{ whiteSpace: 'pre-wrap' }}>
            {training.description}
          </Text>
        )}
      </Paper>

      {joint && (
        <Paper withBorder p="md" component="section" aria-labelledby="training-balance-title">
          <Title order={2} size="h4" id="training-balance-title" mb="xs">
            {t('trainings.detail.balanceTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('trainings.detail.balanceRule', {
              percent: training.balanceMaxPercent ?? 100,
              seats: training.maxSeatsPerHelpSystem,
            })}
          </Text>
          {training.seatsByHelpSystem.length === 0 ? (
            <Text size="sm">{t('trainings.detail.noSeatsTaken')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {training.seatsByHelpSystem.map((s) => (
                <List.Item key={s.helpSystem}>
                  {t('trainings.detail.seatsOf', {
                    helpSystem: helpSystemLabel(t, s.helpSystem),
                    count: s.seats,
                    max: training.maxSeatsPerHelpSystem,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="training-sessions-title">
        <Title order={2} size="h4" id="training-sessions-title" mb="sm">
          {t('trainings.detail.sessionsTitle')}
        </Title>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {training.sessions.map((session, index) => (
            <li key={session.id}>
              <Title order={3} size="h5">
                {t('trainings.detail.sessionN', { number: index + 1 })}
              </Title>
              <Text size="sm">
                {formatDateTimeRange(session.startsAt, session.endsAt, i18n.language)}
              </Text>
              {session.venue && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('trainings.fields.venue')}: {session.venue}
                </Text>
              )}
              {session.onlineUrl && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('trainings.fields.onlineUrl')}:{' '}
                  <Anchor
                    href={session.onlineUrl}
                    target="_blank"
                    rel="noreferrer"
                    underline="always"
                  >
                    {session.onlineUrl}
                  </Anchor>
                </Text>
              )}
              {showAttendance && (
                <Anchor
                  component={Link}
                  to={`/trainings/${training.id}/sessions/${session.id}/attendance`}
                  size="sm"
                  underline="always"
                  fw={600}
                >
                  {t('trainings.attendance.openSheet', { number: index + 1 })}
                </Anchor>
              )}
            </li>
          ))}
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="training-programme-title">
        <Title order={2} size="h4" id="training-programme-title" mb="sm">
          {t('trainings.detail.programmeTitle')}
        </Title>
        {training.programme.length === 0 ? (
          <Text size="sm">{t('trainings.detail.noProgramme')}</Text>
        ) : (
          <>
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {training.programme.map((module, index) => (
                <li key={module.moduleId}>
                  <Group justify="space-between" gap="xs" align="flex-start">
                    <Title order={3} size="h5" lang={training.language}>
                      {index + 1}. {module.title}
                    </Title>
                    <Text size="sm">{minutes(module.durationMinutes)}</Text>
                  </Group>
                  {module.objectives && (
                    <Text size="sm" lang={training.language} style={{ whiteSpace: 'pre-wrap' }}>
                      {module.objectives}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
            <Text size="sm" mt="sm" fw={600}>
              {t('trainings.detail.totalDuration', { duration: minutes(totalMinutes) })}
            </Text>
          </>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="training-trainers-title">
        <Title order={2} size="h4" id="training-trainers-title" mb="sm">
          {t('trainings.detail.trainersTitle')}
        </Title>
        {training.trainers.length === 0 ? (
          <Text size="sm">{t('trainings.detail.noTrainers')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {training.trainers.map((trainer) => (
              <List.Item key={trainer.userId}>{trainer.displayName}</List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
