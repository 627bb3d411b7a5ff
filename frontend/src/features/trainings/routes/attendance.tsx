import { Alert, Anchor, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTimeRange } from '@/lib/format';
import { useAttendance } from '../api/get-attendance';
import { useTraining } from '../api/get-training';
import { useRecordAttendance } from '../api/record-attendance';
import { EnrolmentStateBadge } from '../components/badges';
import { attendanceCounts, canTick } from '../components/attendance';

/** The attendance sheet of one session, made for a phone: one large tick per participant. */
export function AttendanceRoute() {
  const { t, i18n } = useTranslation();
  const { id = '', sessionId = '' } = useParams();
  const trainingQuery = useTraining(id);
  const sheet = useAttendance(id, sessionId);
  // Ticks waiting for the server, shown at once (the sheet's cache follows a moment later). A row
  // ticked again before the server answered keeps showing its latest tick.
  const [pending, setPending] = useState<Record<string, { present: boolean; tick: number }>>({});
  const ticks = useRef(0);
  const record = useRecordAttendance(id, sessionId, {
    onSettled: ({ enrolmentId, tick }) =>
      setPending((current) => {
        if (current[enrolmentId]?.tick !== tick) return current;
        const rest = { ...current };
        delete rest[enrolmentId];
        return rest;
      }),
  });

  const back = (
    <Anchor component={Link} to={`/trainings/${id}`} underline="always" size="sm">
      {t('trainings.attendance.back')}
    </Anchor>
  );

  if (trainingQuery.isPending || sheet.isPending) return <Loading />;
  const error = trainingQuery.error ?? sheet.error;
  if (error || !trainingQuery.data || !sheet.data)
    return (
      <>
        {back}
        <ProblemAlert error={error} scope="trainings" />
      </>
    );

  const training = trainingQuery.data.training;
  const index = training.sessions.findIndex((s) => s.id === sessionId);
  const published = training.status === 'PUBLISHED';
  const rows = sheet.data.rows.map((row) =>
    row.enrolmentId in pending ? { ...row, present: pending[row.enrolmentId].present } : row,
  );
  const counts = attendanceCounts(rows);

  return (
    <Stack gap="md" maw={640}>
      {back}
      <div>
        <Title order={1} size="h2">
          {t('trainings.attendance.title', { number: index + 1 })}
        </Title>
        <Text fw={600} mt={4} lang={training.language} style={{ overflowWrap: 'anywhere' }}>
          {training.title}
        </Text>
        <Text size="sm">
          {formatDateTimeRange(
            sheet.data.session.startsAt,
            sheet.data.session.endsAt,
            i18n.language,
          )}
        </Text>
        {sheet.data.session.venue && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {sheet.data.session.venue}
          </Text>
        )}
      </div>

      <Paper withBorder p="md" bg="blue.0">
        <Text fw={700} size="lg" role="status" aria-live="polite">
          {t('trainings.attendance.count', { present: counts.present, total: counts.total })}
        </Text>
        {counts.open > 0 && (
          <Text size="sm">{t('trainings.attendance.open', { count: counts.open })}</Text>
        )}
      </Paper>

      {!published && (
        <Alert color="gray" variant="light">
          {t('trainings.attendance.readOnly')}
        </Alert>
      )}
      {record.error && (
        <ProblemAlert
          error={record.error}
          scope="trainings"
          title={t('trainings.attendance.failed')}
        />
      )}

      {rows.length === 0 ? (
        <Text>{t('trainings.attendance.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((row) => {
            const tickable = canTick(row, published);
            return (
              <Paper component="li" key={row.enrolmentId} withBorder radius="md">
                <Checkbox
                  size="lg"
                  checked={row.present === true}
                  disabled={!tickable}
                  label={row.displayName}
                  description={row.organisationName}
                  onChange={(e) => {
                    const present = e.currentTarget.checked;
                    const tick = ++ticks.current;
                    record.reset();
                    setPending((current) => ({ ...current, [row.enrolmentId]: { present, tick } }));
                    record.mutate({ enrolmentId: row.enrolmentId, present, tick });
                  }}
                  styles={{
                    root: { width: '100%' },
                    body: {
                      alignItems: 'center',
                      padding: 'var(--mantine-spacing-md)',
                      minHeight: 64,
                    },
                    labelWrapper: { flex: 1, minWidth: 0 },
                    label: {
                      fontSize: 'var(--mantine-font-size-lg)',
                      fontWeight: 600,
                      cursor: tickable ? 'pointer' : undefined,
                      overflowWrap: 'anywhere',
                    },
                    description: { overflowWrap: 'anywhere' },
                  }}
                />
                {!tickable && row.state !== 'CONFIRMED' && (
                  <div style={{ padding: '0 var(--mantine-spacing-md) var(--mantine-spacing-sm)' }}>
                    <EnrolmentStateBadge state={row.state} />
                  </div>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
