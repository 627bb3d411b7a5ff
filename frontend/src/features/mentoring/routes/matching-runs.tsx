import {
  Alert,
  Anchor,
  Button,
  Card,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/use-url-params';
import { useMatchingRuns } from '../api/get-matching-runs';
import { useStartMatchingRun } from '../api/start-matching-run';
import { SCOPE } from '../api/types';
import { formatPoints } from '../components/criteria';
import { useMyRegions } from '../components/region-filter';
import { proposalCounts } from '../components/run-summary';

/** Whole-pool matching per region: start a run, open earlier ones. */
export function MatchingRunsRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const regions = useMyRegions();
  const [params, update] = useUrlParams();
  const regionId = params.get('regionId') || regions[0]?.id || '';
  const region = regions.find((r) => r.id === regionId);
  const runs = useMatchingRuns(regionId);
  const start = useStartMatchingRun();
  const [asked, setAsked] = useState(false);

  if (regions.length === 0) return <Loading />;
  return (
    <>
      <PageHeader title={t('mentoring.runs.title')} />
      <Stack gap="md" maw={880}>
        <Text>{t('mentoring.runs.intro')}</Text>
        {regions.length > 1 && (
          <NativeSelect
            label={t('mentoring.fields.region')}
            data={regions.map((r) => ({ value: r.id, label: r.name }))}
            value={regionId}
            onChange={(e) => update({ regionId: e.currentTarget.value })}
            w={{ base: '100%', xs: 320 }}
          />
        )}
        <Paper withBorder p="md">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('mentoring.runs.startHint', { region: region?.name ?? '' })}</Text>
            <Button
              loading={start.isPending}
              onClick={() => {
                setAsked(true);
                start.mutate(regionId, {
                  onSuccess: (run) => void navigate(`/matching-runs/${run.id}`),
                });
              }}
            >
              {t('mentoring.runs.start')}
            </Button>
            {asked && <ProblemAlert error={start.error} scope={SCOPE} />}
          </Stack>
        </Paper>
        <section aria-labelledby="runs-title">
          <Title order={2} size="h3" id="runs-title" mb="sm">
            {t('mentoring.runs.earlier')}
          </Title>
          {runs.isPending ? (
            <Loading />
          ) : runs.isError ? (
            <ProblemAlert error={runs.error} scope={SCOPE} />
          ) : runs.data.length === 0 ? (
            <Alert color="gray" variant="light" role="status">
              {t('mentoring.runs.none')}
            </Alert>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {runs.data.map((run) => {
                const counts = proposalCounts(run);
                return (
                  <Card component="li" withBorder padding="sm" key={run.id}>
                    <Anchor
                      component={Link}
                      to={`/matching-runs/${run.id}`}
                      underline="always"
                      fw={600}
                    >
                      {t('mentoring.runs.runOf', {
                        date: formatDateTime(run.createdAt, i18n.language),
                      })}
                    </Anchor>
                    <Text size="sm">
                      {t('mentoring.runs.line', {
                        proposals: run.proposals.length,
                        open: counts.OPEN,
                        score: formatPoints(run.totalScore, i18n.language),
                      })}
                    </Text>
                  </Card>
                );
              })}
            </Stack>
          )}
        </section>
      </Stack>
    </>
  );
}
