import type { TFunction } from 'i18next';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { wrapButtonStyles } from '@/components/wrap-button';
import { formatDateTimeRange } from '@/lib/format';
import { useDownloadCertificate } from '../api/download-certificate';
import type { Enrolment, TestScore } from '../api/get-my-enrolments';
import { EnrolmentStateBadge, KindBadge, TrainingStatusBadge } from './badges';

export function scoreText(t: TFunction, score: TestScore) {
  return t('trainings.tests.score', {
    correct: score.correct,
    total: score.total,
    percent: score.percent,
  });
}

/** The latest enrolment per training (the list comes newest first): a cancelled try before a new one is history. */
export function latestPerTraining(enrolments: readonly Enrolment[]): Enrolment[] {
  const seen = new Set<string>();
  return enrolments.filter((e) => {
    if (seen.has(e.training.id)) return false;
    seen.add(e.training.id);
    return true;
  });
}

/** My enrolments with state, waiting-list place, scores and the certificate to download. */
export function MyEnrolments({ enrolments: all }: { enrolments: Enrolment[] }) {
  const { t, i18n } = useTranslation();
  const download = useDownloadCertificate();
  const enrolments = latestPerTraining(all);

  if (enrolments.length === 0) return <Text>{t('trainings.mine.noEnrolments')}</Text>;

  return (
    <Stack gap="sm">
      <ProblemAlert error={download.error} scope="trainings" />
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {enrolments.map((e) => (
          <Card component="li" key={e.id} withBorder padding="md">
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
              <Anchor
                component={Link}
                to={`/trainings/${e.training.id}`}
                underline="always"
                inherit
              >
                {e.training.title}
              </Anchor>
            </Title>
            <Group gap={6} mt={6}>
              <KindBadge kind={e.training.kind} />
              {e.training.status !== 'PUBLISHED' && (
                <TrainingStatusBadge status={e.training.status} />
              )}
              <EnrolmentStateBadge state={e.state} waitlistPosition={e.waitlistPosition} />
            </Group>
            <Text size="sm" mt={6}>
              {formatDateTimeRange(e.training.startsAt, e.training.endsAt, i18n.language)}
            </Text>
            {e.stateReason && (
              <Text size="sm">
                {t('trainings.enrolment.reason')} {e.stateReason}
              </Text>
            )}
            {(e.preTest || e.postTest) && (
              <Text size="sm">
                {[
                  e.preTest && `${t('trainings.tests.PRE')}: ${scoreText(t, e.preTest)}`,
                  e.postTest && `${t('trainings.tests.POST')}: ${scoreText(t, e.postTest)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
            {e.certificateCode && (
              <Group gap="sm" mt="sm" align="center">
                <Text size="sm">
                  {t('trainings.certificate.code')}{' '}
                  <Text component="code" ff="monospace" fw={600} size="sm">
                    {e.certificateCode}
                  </Text>
                </Text>
                <Button
                  size="xs"
                  styles={wrapButtonStyles}
                  loading={download.isPending && download.variables?.enrolmentId === e.id}
                  onClick={() =>
                    download.mutate({ enrolmentId: e.id, code: e.certificateCode ?? undefined })
                  }
                >
                  {t('trainings.certificate.download')}
                </Button>
                <Anchor
                  component={Link}
                  to={`/verify/${encodeURIComponent(e.certificateCode)}`}
                  size="sm"
                  underline="always"
                >
                  {t('trainings.certificate.verifyLink')}
                </Anchor>
              </Group>
            )}
            {e.certificateRevoked && (
              <Text size="sm" mt="xs" fw={600}>
                {t('trainings.certificate.revoked')}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
