import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useUrlParams } from '@/lib/use-url-params';
import { CHILD_PAGE_SIZE, useChildren } from '../api/get-children';
import { CHILD_STATUSES, SCOPE, type ChildStatus } from '../api/types';
import { ChildStatusBadge } from '../components/badges';
import { languageList } from '../components/labels';
import { RegionFilter } from '../components/region-filter';

/** Children's mentoring profiles of the coordinator's regions, waiting ones first by default. */
export function ChildrenRoute() {
  const { t, i18n } = useTranslation();
  const [params, update] = useUrlParams();
  const statusParam = params.get('status') ?? '';
  const status = (CHILD_STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as ChildStatus)
    : undefined;
  const regionId = params.get('regionId') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;
  const result = useChildren({
    status,
    regionId: regionId || undefined,
    page,
    size: CHILD_PAGE_SIZE,
    sort: '-createdAt',
  });

  return (
    <>
      <PageHeader
        title={t('mentoring.children.title')}
        actions={<LinkButton to="/children/new">{t('mentoring.children.new')}</LinkButton>}
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('mentoring.filters.status')}
            data={[
              { value: '', label: t('mentoring.filters.allStatuses') },
              ...CHILD_STATUSES.map((s) => ({ value: s, label: t(`mentoring.childStatus.${s}`) })),
            ]}
            value={status ?? ''}
            onChange={(e) => update({ status: e.currentTarget.value, page: null })}
          />
          <RegionFilter value={regionId} onChange={(v) => update({ regionId: v, page: null })} />
        </SimpleGrid>
        {result.isPending ? (
          <Loading />
        ) : result.isError ? (
          <ProblemAlert error={result.error} scope={SCOPE} />
        ) : (
          <>
            {result.data.items.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t('mentoring.children.empty')}
              </Alert>
            ) : (
              <SimpleGrid
                component="ul"
                cols={{ base: 1, sm: 2, lg: 3 }}
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {result.data.items.map((c) => (
                  <Card component="li" withBorder padding="md" key={c.id}>
                    <Stack gap={4}>
                      <Group justify="space-between" align="flex-start" gap="xs">
                        <Text component="h2" fw={700} size="lg" m={0}>
                          <Anchor
                            component={Link}
                            to={`/children/${c.id}`}
                            inherit
                            underline="always"
                          >
                            {c.firstName ?? t('mentoring.children.erased')}
                          </Anchor>
                        </Text>
                        <ChildStatusBadge status={c.status} />
                      </Group>
                      {c.age !== undefined && (
                        <Text size="sm">
                          {t('mentoring.fields.ageN', { age: c.age })}
                          {c.municipality && ` · ${c.municipality}`}
                        </Text>
                      )}
                      <Text size="sm">{languageList(c.languages, i18n.language)}</Text>
                      {!c.readyForMatching && c.status === 'WAITING' && (
                        <div>
                          <Badge color="#a63c06" variant="outline" radius="sm">
                            {t('mentoring.children.incomplete')}
                          </Badge>
                        </div>
                      )}
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            )}
            <Pager
              page={page}
              size={CHILD_PAGE_SIZE}
              total={result.data.total}
              onChange={(p) => update({ page: String(p) })}
            />
          </>
        )}
      </Stack>
    </>
  );
}
