import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useDecideProposal } from '../api/decide-proposal';
import { useMatchingRun } from '../api/get-matching-run';
import { SCOPE, type MatchingProposal } from '../api/types';
import { CriteriaList } from '../components/criteria-list';
import { formatPoints } from '../components/criteria';
import { gainOverGreedy, proposalCounts } from '../components/run-summary';

const statusColors: Record<MatchingProposal['status'], string> = {
  OPEN: 'blue.8',
  CONFIRMED: '#1e6b30',
  DROPPED: 'gray.8',
};

/** A run's totals (optimal against greedy) and its proposals to confirm or drop. */
export function MatchingRunRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const result = useMatchingRun(id);
  const decide = useDecideProposal();

  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  const run = result.data;
  const lang = i18n.language;
  const counts = proposalCounts(run);
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);

  return (
    <Stack gap="md" maw={960}>
      <Anchor
        component={Link}
        to={`/matching?regionId=${run.regionId}`}
        underline="always"
        size="sm"
      >
        {t('mentoring.runs.backToRuns')}
      </Anchor>
      <PageHeader
        title={t('mentoring.runs.runOf', { date: formatDateTime(run.createdAt, lang) })}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="totals-title">
        <Title order={2} size="h4" id="totals-title" mb="sm">
          {t('mentoring.runs.totals')}
        </Title>
        <DetailList
          items={[
            { label: t('mentoring.runs.optimal'), value: formatPoints(run.totalScore, lang) },
            { label: t('mentoring.runs.greedy'), value: formatPoints(run.greedyScore, lang) },
            {
              label: t('mentoring.runs.gain'),
              value: `${formatPoints(gainOverGreedy(run), lang)} %`,
            },
            { label: t('mentoring.runs.children'), value: number(run.children) },
            { label: t('mentoring.runs.mentors'), value: number(run.mentors) },
            { label: t('mentoring.runs.allowedPairs'), value: number(run.allowedPairs) },
            {
              label: t('mentoring.runs.proposals'),
              value: t('mentoring.runs.proposalCounts', {
                total: run.proposals.length,
                open: counts.OPEN,
                confirmed: counts.CONFIRMED,
                dropped: counts.DROPPED,
              }),
            },
            {
              label: t('mentoring.runs.duration'),
              value: new Intl.NumberFormat(lang, {
                style: 'unit',
                unit: 'millisecond',
              }).format(run.durationMs),
            },
          ]}
        />
      </Paper>

      <section aria-labelledby="proposals-title">
        <Title order={2} size="h3" id="proposals-title" mb="sm">
          {t('mentoring.runs.proposalsTitle')}
        </Title>
        {decide.isError && (
          <div style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
            <ProblemAlert error={decide.error} scope={SCOPE} />
          </div>
        )}
        {run.proposals.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t('mentoring.runs.noProposals')}
          </Alert>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {run.proposals.map((p) => {
              const child = p.childFirstName ?? t('mentoring.children.erased');
              const busy = decide.isPending && decide.variables?.proposalId === p.id;
              return (
                <Card component="li" withBorder padding="md" key={p.id}>
                  <Stack gap={6}>
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <Text component="h3" fw={700} size="lg" m={0}>
                        <Anchor
                          component={Link}
                          to={`/children/${p.childId}`}
                          inherit
                          underline="always"
                        >
                          {child}
                        </Anchor>{' '}
                        &amp;{' '}
                        <Anchor
                          component={Link}
                          to={`/volunteers/${p.volunteerId}`}
                          inherit
                          underline="always"
                        >
                          {p.volunteerName}
                        </Anchor>
                      </Text>
                      <Group gap={6}>
                        <Text fw={700}>
                          {t('mentoring.suggestions.score', { score: formatPoints(p.score, lang) })}
                        </Text>
                        <Badge color={statusColors[p.status]} variant="filled" radius="sm">
                          {t(`mentoring.runs.proposalStatus.${p.status}`)}
                        </Badge>
                      </Group>
                    </Group>
                    <CriteriaList criteria={p.criteria} />
                    {p.status === 'OPEN' && (
                      <Group gap="sm">
                        <Button
                          size="sm"
                          loading={busy && decide.variables?.decision === 'CONFIRM'}
                          disabled={decide.isPending && !busy}
                          aria-label={t('mentoring.runs.confirmLabel', {
                            child,
                            mentor: p.volunteerName,
                          })}
                          onClick={() =>
                            decide.mutate({ runId: run.id, proposalId: p.id, decision: 'CONFIRM' })
                          }
                        >
                          {t('mentoring.runs.confirm')}
                        </Button>
                        <Button
                          size="sm"
                          variant="default"
                          loading={busy && decide.variables?.decision === 'DROP'}
                          disabled={decide.isPending && !busy}
                          aria-label={t('mentoring.runs.dropLabel', {
                            child,
                            mentor: p.volunteerName,
                          })}
                          onClick={() =>
                            decide.mutate({ runId: run.id, proposalId: p.id, decision: 'DROP' })
                          }
                        >
                          {t('mentoring.runs.drop')}
                        </Button>
                      </Group>
                    )}
                    {p.status === 'CONFIRMED' && p.matchId && (
                      <Anchor
                        component={Link}
                        to={`/matches/${p.matchId}`}
                        underline="always"
                        size="sm"
                      >
                        {t('mentoring.suggestions.openMatch')}
                      </Anchor>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
