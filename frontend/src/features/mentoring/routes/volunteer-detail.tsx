import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '@/components/confirm-modal';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDecideVolunteer, type VolunteerDecision } from '../api/decide-volunteer';
import { useVolunteer } from '../api/get-volunteer';
import { useRecordScreeningStep } from '../api/record-screening-step';
import { SCOPE, type Volunteer } from '../api/types';
import { AvailabilitySummary } from '../components/availability-grid';
import { VolunteerStatusBadge } from '../components/badges';
import { enumList, languageList } from '../components/labels';
import { StepForm } from '../components/step-form';
import { recordableSteps } from '../components/volunteer-steps';

const REASON_MAX = 1000;

export function VolunteerDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const result = useVolunteer(id);
  const record = useRecordScreeningStep();

  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  const v = result.data;
  const steps = recordableSteps(v);

  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to="/volunteers" underline="always" size="sm">
        {t('mentoring.volunteers.backToList')}
      </Anchor>
      <PageHeader
        title={`${v.firstName} ${v.lastName}`}
        actions={<VolunteerStatusBadge status={v.status} />}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="application-title">
        <Title order={2} size="h4" id="application-title" mb="sm">
          {t('mentoring.volunteer.applicationTitle')}
        </Title>
        <DetailList
          items={[
            { label: t('mentoring.fields.email'), value: v.email },
            { label: t('mentoring.fields.phone'), value: v.phone },
            {
              label: t('mentoring.fields.birthDate'),
              value: `${formatDate(v.birthDate, i18n.language)} (${t('mentoring.fields.ageN', { age: v.age })})`,
            },
            { label: t('mentoring.fields.gender'), value: t(`mentoring.genders.${v.gender}`) },
            { label: t('mentoring.fields.studyProgramme'), value: v.studyProgramme },
            { label: t('mentoring.fields.municipality'), value: v.municipality },
            {
              label: t('mentoring.fields.languages'),
              value: languageList(v.languages, i18n.language),
            },
            {
              label: t('mentoring.fields.interests'),
              value: enumList(t, 'interests', v.interests),
            },
            {
              label: t('mentoring.fields.availability'),
              value: <AvailabilitySummary value={v.availability} />,
            },
            {
              label: t('mentoring.fields.appliedAt'),
              value: formatDateTime(v.createdAt, i18n.language),
            },
            {
              label: t('mentoring.fields.certificateValidUntil'),
              value: formatDate(v.certificateValidUntil, i18n.language),
            },
          ]}
        />
        <Text fw={600} size="sm" mt="md">
          {t('mentoring.fields.motivation')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {v.motivation}
        </Text>
        {v.decisionReason && (
          <Text size="sm" mt="sm">
            <Text component="span" fw={600} size="sm">
              {t('mentoring.fields.decisionReason')}:
            </Text>{' '}
            {v.decisionReason}
          </Text>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="steps-title">
        <Title order={2} size="h4" id="steps-title" mb="sm">
          {t('mentoring.volunteer.stepsTitle')}
        </Title>
        {v.steps.length === 0 ? (
          <Text size="sm">{t('mentoring.volunteer.noSteps')}</Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {v.steps.map((s, index) => (
              <Card component="li" withBorder padding="sm" key={`${s.step}-${index}`}>
                <Text fw={600}>{t(`mentoring.steps.${s.step}`)}</Text>
                <Text size="sm">
                  {t('mentoring.volunteer.recordedBy', {
                    name: s.recordedByName ?? '—',
                    date: formatDateTime(s.recordedAt, i18n.language),
                  })}
                </Text>
                {s.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {s.note}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
        {v.status === 'SCREENING' && (
          <Text size="sm" mt="sm">
            {v.nextStep
              ? t('mentoring.volunteer.nextStep', { step: t(`mentoring.steps.${v.nextStep}`) })
              : t('mentoring.volunteer.allStepsDone')}
          </Text>
        )}
      </Paper>

      {steps.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="step-form-title">
          <Title order={2} size="h4" id="step-form-title" mb="sm">
            {t('mentoring.volunteer.recordStepTitle')}
          </Title>
          {record.isSuccess && (
            <Alert color="green" variant="light" role="status" mb="sm">
              {t('mentoring.volunteer.stepRecorded')}
            </Alert>
          )}
          <StepForm
            key={v.steps.length}
            steps={steps}
            submitting={record.isPending}
            error={record.error}
            onSubmit={(input, reset) =>
              record.mutate({ id: v.id, input }, { onSuccess: () => reset() })
            }
          />
        </Paper>
      )}

      <Decisions volunteer={v} />
    </Stack>
  );
}

function Decisions({ volunteer: v }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 30em)');
  const decide = useDecideVolunteer();
  const [open, setOpen] = useState<VolunteerDecision | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const screening = v.status === 'SCREENING';
  const canWithdraw = screening || v.status === 'APPROVED' || v.status === 'SUSPENDED';
  // Nothing left to decide; right after a decision, its confirmation stays.
  if (!screening && !canWithdraw && !decide.isSuccess) return null;

  const close = () => {
    setOpen(null);
    setReason('');
    setMissing(false);
    if (decide.isError) decide.reset();
  };
  const ask = (decision: VolunteerDecision) => {
    decide.reset();
    setOpen(decision);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Title order={2} size="h4" id="decision-title" mb="sm">
        {t('mentoring.volunteer.decisionTitle')}
      </Title>
      {decide.isSuccess && (
        <Alert color="green" variant="light" role="status" mb="sm">
          {t(`mentoring.volunteer.decided.${decide.data.status}`, {
            defaultValue: t('mentoring.volunteer.saved'),
          })}
        </Alert>
      )}
      {screening && v.nextStep && (
        <Text size="sm" mb="sm">
          {t('mentoring.volunteer.approveNeedsSteps')}
        </Text>
      )}
      <Group gap="sm">
        {screening && (
          <Button onClick={() => ask('APPROVE')} disabled={!!v.nextStep}>
            {t('mentoring.volunteer.approve')}
          </Button>
        )}
        {screening && (
          <Button color="red.9" variant="outline" onClick={() => ask('REJECT')}>
            {t('mentoring.volunteer.reject')}
          </Button>
        )}
        {canWithdraw && (
          <Button variant="default" onClick={() => ask('WITHDRAW')}>
            {t('mentoring.volunteer.withdraw')}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={open !== null}
        fullScreen={phone}
        title={open ? t(`mentoring.volunteer.confirm.${open}.title`) : ''}
        confirmLabel={open ? t(`mentoring.volunteer.confirm.${open}.action`) : ''}
        danger={open === 'REJECT' || open === 'WITHDRAW'}
        loading={decide.isPending}
        onClose={close}
        onConfirm={() => {
          if (!open) return;
          if (open === 'REJECT' && !reason.trim()) {
            setMissing(true);
            return;
          }
          decide.mutate(
            { id: v.id, decision: open, reason: reason.trim() || undefined },
            {
              onSuccess: () => {
                setOpen(null);
                setReason('');
              },
            },
          );
        }}
      >
        {open && (
          <>
            <Text size="sm">
              {t(`mentoring.volunteer.confirm.${open}.text`, {
                name: `${v.firstName} ${v.lastName}`,
              })}
            </Text>
            {open !== 'APPROVE' && (
              <Textarea
                label={t('mentoring.volunteer.reason')}
                description={open === 'WITHDRAW' ? t('mentoring.form.optional') : undefined}
                required={open === 'REJECT'}
                autosize
                minRows={2}
                maxLength={REASON_MAX}
                value={reason}
                error={missing && !reason.trim() ? t('validation.required') : undefined}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
            <ProblemAlert error={decide.error} scope={SCOPE} />
          </>
        )}
      </ConfirmModal>
    </Paper>
  );
}
