import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { helpSystemLabel } from '@/components/labels';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useCancelEnrolment } from '../api/cancel-enrolment';
import { useDecideEnrolment } from '../api/decide-enrolment';
import { useEnrol } from '../api/enrol';
import { useParticipants, type Participant } from '../api/get-participants';
import { useRegionPeople } from '../api/get-region-people';
import type { Training } from '../api/get-training';
import { audienceOf, isActiveEnrolment } from '../api/get-trainings';
import { useRevokeCertificate } from '../api/revoke-certificate';
import { EnrolmentStateBadge } from './badges';

type Asking = { action: 'decline' | 'cancel' | 'revoke'; participant: Participant };

/** Counts per state for the summary line. */
export function countStates(participants: readonly Participant[]) {
  const count = (state: Participant['state']) =>
    participants.filter((p) => p.state === state).length;
  return {
    confirmed: count('CONFIRMED') + count('ATTENDED'),
    waitlisted: count('WAITLISTED'),
    requested: count('REQUESTED'),
  };
}

/** The people enrolled, with approve, decline, cancel and revoke for coordinators; read-only for trainers. */
export function ParticipantsPanel({ training }: { training: Training }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const participants = useParticipants(training.id);
  const decide = useDecideEnrolment();
  const cancel = useCancelEnrolment();
  const revoke = useRevokeCertificate();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const manager = training.canManage;
  const published = training.status === 'PUBLISHED';
  const error = decide.error ?? cancel.error ?? revoke.error;

  const reset = () => {
    decide.reset();
    cancel.reset();
    revoke.reset();
  };
  const ask = (action: Asking['action'], participant: Participant) => {
    reset();
    setReason('');
    setReasonError(null);
    setAsking({ action, participant });
  };
  const done = { onSuccess: () => setAsking(null) };
  const confirm = () => {
    if (!asking) return;
    const why = reason.trim();
    if (asking.action !== 'cancel' && !why) {
      setReasonError(t('validation.required'));
      return;
    }
    const id = asking.participant.enrolmentId;
    if (asking.action === 'decline') {
      decide.mutate({ enrolmentId: id, decision: 'decline', reason: why }, done);
    } else if (asking.action === 'cancel') {
      cancel.mutate({ enrolmentId: id, reason: why || undefined }, done);
    } else if (asking.participant.certificateCode) {
      revoke.mutate({ code: asking.participant.certificateCode, reason: why }, done);
    }
  };

  if (participants.isPending) return <Loading />;
  if (participants.isError) return <ProblemAlert error={participants.error} scope="trainings" />;
  const list = participants.data;
  const counts = countStates(list);

  return (
    <Stack gap="md">
      {manager && published && <EnrolSomeone training={training} enrolled={list} />}
      <Paper withBorder p="md" component="section" aria-labelledby="participants-title">
        <Title order={2} size="h4" id="participants-title" mb="xs">
          {t('trainings.participants.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('trainings.participants.summary', {
            confirmed: counts.confirmed,
            capacity: training.capacity,
            waitlisted: counts.waitlisted,
            requested: counts.requested,
          })}
        </Text>
        {!asking && error && (
          <div style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
            <ProblemAlert error={error} scope="trainings" />
          </div>
        )}
        {list.length === 0 ? (
          <Text size="sm">{t('trainings.participants.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((p) => (
              <Card component="li" key={p.enrolmentId} withBorder padding="sm">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                      {p.displayName}
                    </Title>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {[p.organisationName, p.helpSystem && helpSystemLabel(t, p.helpSystem)]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  <EnrolmentStateBadge state={p.state} waitlistPosition={p.waitlistPosition} />
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {t('trainings.participants.requestedAt', {
                    date: formatDateTime(p.requestedAt, i18n.language),
                  })}
                </Text>
                {p.stateReason && (
                  <Text size="sm">
                    {t('trainings.enrolment.reason')} {p.stateReason}
                  </Text>
                )}
                {p.certificateCode && (
                  <Text size="sm">
                    {t('trainings.certificate.code')}{' '}
                    <Text component="code" ff="monospace" size="sm">
                      {p.certificateCode}
                    </Text>
                  </Text>
                )}
                {manager && (
                  <Group gap="xs" mt="xs">
                    {published && p.state === 'REQUESTED' && (
                      <Button
                        size="xs"
                        aria-label={`${t('trainings.participants.approve')}: ${p.displayName}`}
                        loading={
                          decide.isPending && decide.variables?.enrolmentId === p.enrolmentId
                        }
                        onClick={() => {
                          reset();
                          decide.mutate({ enrolmentId: p.enrolmentId, decision: 'approve' });
                        }}
                      >
                        {t('trainings.participants.approve')}
                      </Button>
                    )}
                    {published && (p.state === 'REQUESTED' || p.state === 'WAITLISTED') && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={`${t('trainings.participants.decline')}: ${p.displayName}`}
                        onClick={() => ask('decline', p)}
                      >
                        {t('trainings.participants.decline')}
                      </Button>
                    )}
                    {published && isActiveEnrolment(p.state) && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={`${t('trainings.participants.cancel')}: ${p.displayName}`}
                        onClick={() => ask('cancel', p)}
                      >
                        {t('trainings.participants.cancel')}
                      </Button>
                    )}
                    {p.certificateCode && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={`${t('trainings.participants.revoke')}: ${p.displayName}`}
                        onClick={() => ask('revoke', p)}
                      >
                        {t('trainings.participants.revoke')}
                      </Button>
                    )}
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </Paper>
      <ConfirmModal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`trainings.participants.${asking.action}Title`) : ''}
        confirmLabel={asking ? t(`trainings.participants.${asking.action}`) : ''}
        danger
        loading={decide.isPending || cancel.isPending || revoke.isPending}
        onConfirm={confirm}
        fullScreen={phone}
      >
        <Text>
          {asking &&
            t(`trainings.participants.${asking.action}Confirm`, {
              name: asking.participant.displayName,
            })}
        </Text>
        <ProblemAlert error={error} scope="trainings" />
        <Textarea
          label={t('trainings.participants.reason')}
          required={asking?.action !== 'cancel'}
          value={reason}
          maxLength={1000}
          autosize
          minRows={2}
          error={reasonError}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
        />
      </ConfirmModal>
    </Stack>
  );
}

/** A coordinator enrols someone of the region's audience who is not enrolled yet. */
function EnrolSomeone({ training, enrolled }: { training: Training; enrolled: Participant[] }) {
  const { t } = useTranslation();
  const audience = audienceOf(training.kind);
  const people = useRegionPeople(training.regionId, [audience]);
  const enrol = useEnrol();
  const [userId, setUserId] = useState('');
  const [missing, setMissing] = useState(false);
  const taken = new Set(
    enrolled
      .filter((p) => isActiveEnrolment(p.state) || p.state === 'ATTENDED')
      .map((p) => p.userId),
  );
  const choices = (people.data ?? []).filter((p) => !taken.has(p.id));
  const result = enrol.data;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrol-someone-title">
      <Title order={2} size="h4" id="enrol-someone-title" mb="xs">
        {t('trainings.participants.enrolTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t(`trainings.participants.enrolHelp.${audience}`)}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!userId) {
            setMissing(true);
            return;
          }
          enrol.mutate({ trainingId: training.id, userId }, { onSuccess: () => setUserId('') });
        }}
      >
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('trainings.participants.person')}
            required
            disabled={people.isPending}
            value={userId}
            onChange={(e) => {
              setUserId(e.currentTarget.value);
              setMissing(false);
              enrol.reset();
            }}
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...choices.map((p) => ({ value: p.id, label: p.displayName })),
            ]}
            error={missing ? t('validation.required') : undefined}
            w={{ base: '100%', xs: 320 }}
          />
          <Button type="submit" loading={enrol.isPending}>
            {t('trainings.participants.enrol')}
          </Button>
        </Group>
      </form>
      {people.isError && <ProblemAlert error={people.error} scope="trainings" />}
      {enrol.error && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <ProblemAlert error={enrol.error} scope="trainings" />
        </div>
      )}
      {result && (
        <Alert color="green" variant="light" role="status" mt="sm">
          {t('trainings.participants.enrolled', {
            state: t(`trainings.enrolmentState.${result.state}`),
          })}
        </Alert>
      )}
    </Paper>
  );
}
