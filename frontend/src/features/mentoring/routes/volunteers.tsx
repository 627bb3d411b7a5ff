import { Alert, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useUrlParams } from '@/lib/use-url-params';
import { useScreeningVolunteers, useVolunteers, VOLUNTEER_PAGE_SIZE } from '../api/get-volunteers';
import { SCOPE, VOLUNTEER_STATUSES, type VolunteerStatus } from '../api/types';
import { groupBoard } from '../components/board';
import { RegionFilter } from '../components/region-filter';
import { VolunteerCard } from '../components/volunteer-card';

const listStyle = { listStyle: 'none' } as const;

/** The applications board (screening, by next step) and the other statuses as tabs. */
export function VolunteersRoute() {
  const { t } = useTranslation();
  const [params, update] = useUrlParams();
  const statusParam = params.get('status') ?? 'SCREENING';
  const status = (VOLUNTEER_STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as VolunteerStatus)
    : 'SCREENING';
  const regionId = params.get('regionId') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;

  return (
    <>
      <PageHeader title={t('mentoring.volunteers.title')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <RegionFilter value={regionId} onChange={(v) => update({ regionId: v, page: null })} />
        </SimpleGrid>
        <Tabs
          value={status}
          onChange={(v) => update({ status: v === 'SCREENING' ? null : v, page: null })}
        >
          <Tabs.List>
            {VOLUNTEER_STATUSES.map((s) => (
              <Tabs.Tab key={s} value={s}>
                {t(`mentoring.volunteers.tabs.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {status === 'SCREENING' ? (
          <Board regionId={regionId || undefined} />
        ) : (
          <VolunteerList
            status={status}
            regionId={regionId || undefined}
            page={page}
            onPage={(p) => update({ page: String(p) })}
          />
        )}
      </Stack>
    </>
  );
}

function Board({ regionId }: { regionId?: string }) {
  const { t } = useTranslation();
  const result = useScreeningVolunteers(regionId);
  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  const columns = groupBoard(result.data);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md">
      {columns.map((column) => (
        <section key={column.key} aria-labelledby={`board-${column.key}`}>
          <Title order={2} size="h4" id={`board-${column.key}`} mb="xs">
            {t(`mentoring.board.${column.key}`)}{' '}
            <Text component="span" c="dimmed" fw={400} inherit>
              ({column.volunteers.length})
            </Text>
          </Title>
          {column.volunteers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('mentoring.board.empty')}
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={listStyle}>
              {column.volunteers.map((v) => (
                <VolunteerCard key={v.id} volunteer={v} />
              ))}
            </Stack>
          )}
        </section>
      ))}
    </SimpleGrid>
  );
}

function VolunteerList({
  status,
  regionId,
  page,
  onPage,
}: {
  status: VolunteerStatus;
  regionId?: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const result = useVolunteers({
    status,
    regionId,
    page,
    size: VOLUNTEER_PAGE_SIZE,
    sort: 'lastName',
  });
  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  return (
    <>
      {result.data.items.length === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {t('mentoring.volunteers.empty')}
        </Alert>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} p={0} m={0} style={listStyle}>
          {result.data.items.map((v) => (
            <VolunteerCard key={v.id} volunteer={v} headingLevel="h2" showStatus />
          ))}
        </SimpleGrid>
      )}
      <Pager page={page} size={VOLUNTEER_PAGE_SIZE} total={result.data.total} onChange={onPage} />
    </>
  );
}
