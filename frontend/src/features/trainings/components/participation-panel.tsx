import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/confirm-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { wrapButtonStyles } from '@/components/wrap-button';
import { formatDateTime } from '@/lib/format';
import { useCancelEnrolment } from '../api/cancel-enrolment';
import { useDownloadCertificate } from '../api/download-certificate';
import { useEnrol } from '../api/enrol';
import { useEnrolment } from '../api/get-enrolment';
import { useKnowledgeTest } from '../api/get-knowledge-test';
import type { Enrolment } from '../api/get-my-enrolments';
import type { Training } from '../api/get-training';
import { useSubmitSurvey } from '../api/submit-survey';
import { useSubmitTest, type TestPhase } from '../api/submit-test';
import { EnrolmentStateBadge } from './badges';
import { KnowledgeTestForm } from './knowledge-test-form';
import { scoreText } from './my-enrolments';
import { participation } from './participation';
import { SurveyForm } from './survey-form';

/** The result of enrolling, in words: a seat, the waiting list with its place, or a request. */
function enrolResult(t: (key: string, options?: Record<string, unknown>) => string, e: Enrolment) {
  switch (e.state) {
    case 'CONFIRMED':
      return t('trainings.enrolment.resultConfirmed');
    case 'WAITLISTED':
      return t('trainings.enrolment.resultWaitlisted', { position: e.waitlistPosition ?? '' });
    case 'REQUESTED':
      return t('trainings.enrolment.resultRequested');
    default:
      return t(`trainings.enrolment.explain.${e.state}`);
  }
}

/** A participant's place in the training: enrol or cancel, tests, survey and certificate. */
export function ParticipationPanel({ training }: { training: Training }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const mine = training.myEnrolment;
  const enrolmentQuery = useEnrolment(mine?.id);
  const enrolment = mine && enrolmentQuery.data?.id === mine.id ? enrolmentQuery.data : null;
  const can = participation(training, enrolment);
  const enrol = useEnrol();
  const cancel = useCancelEnrolment();
  const download = useDownloadCertificate();
  const submitTest = useSubmitTest();
  const submitSurvey = useSubmitSurvey();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [openForm, setOpenForm] = useState<TestPhase | 'SURVEY' | null>(null);
  const test = useKnowledgeTest(training.id, openForm === 'PRE' || openForm === 'POST');
  const state = enrolment?.state ?? mine?.state;

  const startForm = (form: TestPhase | 'SURVEY') => {
    submitTest.reset();
    submitSurvey.reset();
    setOpenForm(form);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="participation-title">
      <Title order={2} size="h4" id="participation-title" mb="sm">
        {t('trainings.enrolment.title')}
      </Title>
      <Stack gap="sm">
        {enrol.data && (
          <Alert
            color={enrol.data.state === 'CONFIRMED' ? 'green' : 'blue'}
            variant="light"
            role="status"
            title={t('trainings.enrolment.enrolledTitle')}
          >
            {enrolResult(t, enrol.data)}
          </Alert>
        )}
        {cancel.data && !enrol.isPending && mine?.state === 'CANCELLED' && (
          <Alert color="blue" variant="light" role="status">
            {t('trainings.enrolment.cancelled')}
          </Alert>
        )}
        {state && mine ? (
          <>
            <Group gap="xs">
              <EnrolmentStateBadge state={state} waitlistPosition={mine.waitlistPosition} />
            </Group>
            {enrol.data?.state !== state && (
              <Text size="sm">
                {state === 'WAITLISTED'
                  ? t('trainings.enrolment.explain.WAITLISTED', {
                      position: mine.waitlistPosition ?? '',
                    })
                  : t(`trainings.enrolment.explain.${state}`)}
              </Text>
            )}
            {enrolment?.stateReason && (
              <Text size="sm">
                {t('trainings.enrolment.reason')} {enrolment.stateReason}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">{t('trainings.enrolment.notEnrolled')}</Text>
        )}

        {can.enrolmentClosed && (
          <Text size="sm">
            {t('trainings.enrolment.closed', {
              date: formatDateTime(training.enrolmentDeadline, i18n.language),
            })}
          </Text>
        )}
        {!enrol.isPending && <ProblemAlert error={enrol.error} scope="trainings" />}
        {!cancelling && <ProblemAlert error={cancel.error} scope="trainings" />}

        {(can.canEnrol || can.canCancel) && (
          <Group gap="sm">
            {can.canEnrol && (
              <Button
                styles={wrapButtonStyles}
                loading={enrol.isPending}
                onClick={() => {
                  cancel.reset();
                  enrol.mutate({ trainingId: training.id });
                }}
              >
                {training.requiresApproval
                  ? t('trainings.enrolment.request')
                  : t('trainings.enrolment.enrol')}
              </Button>
            )}
            {can.canCancel && mine && (
              <Button
                variant="outline"
                color="red"
                styles={wrapButtonStyles}
                onClick={() => {
                  cancel.reset();
                  setReason('');
                  setCancelling(true);
                }}
              >
                {t('trainings.enrolment.cancel')}
              </Button>
            )}
          </Group>
        )}
        {can.canEnrol && (
          <Text size="sm" c="dimmed">
            {t('trainings.enrolment.deadline', {
              date: formatDateTime(training.enrolmentDeadline, i18n.language),
            })}
          </Text>
        )}

        {enrolment && (enrolment.preTest || enrolment.postTest) && (
          <Stack gap={2}>
            {enrolment.preTest && (
              <Text size="sm">
                {t('trainings.tests.PRE')}: {scoreText(t, enrolment.preTest)}
              </Text>
            )}
            {enrolment.postTest && (
              <Text size="sm">
                {t('trainings.tests.POST')}: {scoreText(t, enrolment.postTest)}
              </Text>
            )}
          </Stack>
        )}
        {enrolment?.surveySubmitted && openForm !== 'SURVEY' && (
          <Text size="sm">{t('trainings.survey.thanks')}</Text>
        )}

        {enrolment && (can.preTestOpen || can.postTestOpen || can.surveyOpen) && !openForm && (
          <Group gap="sm">
            {can.preTestOpen && (
              <Button variant="outline" styles={wrapButtonStyles} onClick={() => startForm('PRE')}>
                {t('trainings.tests.takePRE')}
              </Button>
            )}
            {can.postTestOpen && (
              <Button variant="outline" styles={wrapButtonStyles} onClick={() => startForm('POST')}>
                {t('trainings.tests.takePOST')}
              </Button>
            )}
            {can.surveyOpen && (
              <Button
                variant="outline"
                styles={wrapButtonStyles}
                onClick={() => startForm('SURVEY')}
              >
                {t('trainings.survey.open')}
              </Button>
            )}
          </Group>
        )}

        {enrolment && (openForm === 'PRE' || openForm === 'POST') && (
          <Paper withBorder p="md" component="section" aria-labelledby="test-title">
            <Title order={3} size="h5" id="test-title" mb="sm">
              {t(`trainings.tests.${openForm}`)}
            </Title>
            <KnowledgeTestForm
              key={openForm}
              phase={openForm}
              questions={test.data?.questions}
              loadError={test.error}
              submitting={submitTest.isPending}
              submitError={submitTest.error}
              score={submitTest.data}
              onCancel={() => setOpenForm(null)}
              onSubmit={(submission) =>
                submitTest.mutate({ enrolmentId: enrolment.id, submission })
              }
            />
            {submitTest.data && (
              <Button mt="sm" variant="default" onClick={() => setOpenForm(null)}>
                {t('common.close')}
              </Button>
            )}
          </Paper>
        )}

        {enrolment && openForm === 'SURVEY' && (
          <Paper withBorder p="md" component="section" aria-labelledby="survey-title">
            <Title order={3} size="h5" id="survey-title" mb="sm">
              {t('trainings.survey.title')}
            </Title>
            <SurveyForm
              submitting={submitSurvey.isPending}
              submitError={submitSurvey.error}
              done={submitSurvey.isSuccess}
              onCancel={() => setOpenForm(null)}
              onSubmit={(input) => submitSurvey.mutate({ enrolmentId: enrolment.id, input })}
            />
            {submitSurvey.isSuccess && (
              <Button mt="sm" variant="default" onClick={() => setOpenForm(null)}>
                {t('common.close')}
              </Button>
            )}
          </Paper>
        )}

        {enrolment?.certificateCode && (
          <Paper withBorder p="md" component="section" aria-labelledby="certificate-title">
            <Title order={3} size="h5" id="certificate-title" mb="xs">
              {t('trainings.certificate.title')}
            </Title>
            <Text size="sm">
              {t('trainings.certificate.code')}{' '}
              <Text component="code" ff="monospace" fw={600} size="sm">
                {enrolment.certificateCode}
              </Text>
            </Text>
            <ProblemAlert error={download.error} scope="trainings" />
            <Group gap="sm" mt="sm">
              {can.canDownloadCertificate && (
                <Button
                  styles={wrapButtonStyles}
                  loading={download.isPending}
                  onClick={() =>
                    download.mutate({
                      enrolmentId: enrolment.id,
                      code: enrolment.certificateCode ?? undefined,
                    })
                  }
                >
                  {t('trainings.certificate.download')}
                </Button>
              )}
              <Anchor
                component={Link}
                to={`/verify/${encodeURIComponent(enrolment.certificateCode)}`}
                size="sm"
                underline="always"
              >
                {t('trainings.certificate.verifyLink')}
              </Anchor>
            </Group>
          </Paper>
        )}
        {enrolment?.certificateRevoked && (
          <Text size="sm" fw={600}>
            {t('trainings.certificate.revoked')}
          </Text>
        )}
      </Stack>

      <ConfirmModal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('trainings.enrolment.cancelTitle')}
        confirmLabel={t('trainings.enrolment.cancel')}
        danger
        loading={cancel.isPending}
        fullScreen={phone}
        onConfirm={() =>
          mine &&
          cancel.mutate(
            { enrolmentId: mine.id, reason: reason.trim() || undefined },
            {
              onSuccess: () => {
                enrol.reset();
                setCancelling(false);
              },
            },
          )
        }
      >
        <Text>{t('trainings.enrolment.cancelConfirm', { title: training.title })}</Text>
        <ProblemAlert error={cancel.error} scope="trainings" />
        <Textarea
          label={t('trainings.enrolment.cancelReason')}
          value={reason}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </ConfirmModal>
    </Paper>
  );
}
