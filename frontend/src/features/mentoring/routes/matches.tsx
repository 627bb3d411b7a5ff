import { Alert, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useUrlParams } from '@/lib/use-url-params';
import { useMatches } from '../api/get-matches';
import { MATCH_STATUSES, SCOPE, type MatchStatus } from '../api/types';
import { MatchCard } from '../components/match-card';
import { RegionFilter } from '../components/region-filter';

/** The region's matches with their health flags; filters by status, flags and region. */
export function MatchesRoute() {
  const { t } = useTranslation();
  const [params, update] = useUrlParams();
  const statusParam = params.get('status') ?? '';
  const status = (MATCH_STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as MatchStatus)
    : undefined;
  const flagged = params.get('flagged') ?? '';
  const regionId = params.get('regionId') ?? '';
  const result = useMatches({
    status,
    flagged: flagged === '' ? undefined : flagged === 'true',
    regionId: regionId || undefined,
  });

  return (
    <>
      <PageHeader title={t('mentoring.matches.title')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('mentoring.filters.status')}
            data={[
              { value: '', label: t('mentoring.filters.allStatuses') },
              ...MATCH_STATUSES.map((s) => ({ value: s, label: t(`mentoring.matchStatus.${s}`) })),
            ]}
            value={status ?? ''}
            onChange={(e) => update({ status: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('mentoring.filters.flags')}
            data={[
              { value: '', label: t('mentoring.filters.flagsAny') },
              { value: 'true', label: t('mentoring.filters.flagsOnly') },
              { value: 'false', label: t('mentoring.filters.flagsNone') },
            ]}
            value={flagged}
            onChange={(e) => update({ flagged: e.currentTarget.value })}
          />
          <RegionFilter value={regionId} onChange={(v) => update({ regionId: v })} />
        </SimpleGrid>
        {result.isPending ? (
          <Loading />
        ) : result.isError ? (
          <ProblemAlert error={result.error} scope={SCOPE} />
        ) : result.data.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t('mentoring.matches.empty')}
          </Alert>
        ) : (
          <SimpleGrid
            component="ul"
            cols={{ base: 1, md: 2 }}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {result.data.map((m) => (
              <MatchCard key={m.id} match={m} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  );
}
