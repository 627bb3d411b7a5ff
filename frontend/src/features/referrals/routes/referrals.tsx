import { Alert, NativeSelect, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useActOnReferral, type ReferralAction } from '../api/act-on-referral';
import {
  REFERRAL_PAGE_SIZE,
  REFERRAL_STATUSES,
  useReferrals,
  type ReferralStatus,
  type ReferralSummary,
  type ReferralsQuery,
} from '../api/get-referrals';
import { DecisionModal } from '../components/decision-modal';
import { ReferralList } from '../components/referral-list';

const SORTS = ['dueOn', '-urgency', '-createdAt'] as const;

/** Filters and paging kept in the URL (no personal data: statuses, flags, page numbers). */
function useListParams() {
  const [params, setUrl] = useUrlParams();
  const update = (changes: Record<string, string | null>) =>
    setUrl('page' in changes ? changes : { ...changes, page: null });
  return { params, update };
}

function StatusFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('referrals.filters.status')}
      data={[
        { value: '', label: t('referrals.filters.allStatuses') },
        ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) })),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

function Results({
  query,
  onDecide,
  showReferrer,
  page,
  onPage,
}: {
  query: ReferralsQuery;
  onDecide?: (r: ReferralSummary, a: ReferralAction) => void;
  showReferrer?: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const result = useReferrals(query);
  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope="referrals" />;
  return (
    <>
      {result.data.items.length === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {t('referrals.list.empty')}
        </Alert>
      ) : (
        <ReferralList items={result.data.items} onDecide={onDecide} showReferrer={showReferrer} />
      )}
      <Pager page={page} size={REFERRAL_PAGE_SIZE} total={result.data.total} onChange={onPage} />
    </>
  );
}

/** Professionals: referrals sent by their organisation and those received by its offers. */
function MyReferrals() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const tab = params.get('tab') === 'received' ? 'received' : 'sent';
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;
  const query: ReferralsQuery = {
    side: tab === 'received' ? 'RECEIVED' : 'SENT',
    status: (status || undefined) as ReferralStatus | undefined,
    page,
    size: REFERRAL_PAGE_SIZE,
    sort: '-createdAt',
  };
  return (
    <>
      <PageHeader
        title={t('referrals.title')}
        actions={<LinkButton to="/referrals/new">{t('referrals.referChild')}</LinkButton>}
      />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'received' ? 'received' : null })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="sent">{t('referrals.tabs.sent')}</Tabs.Tab>
          <Tabs.Tab value="received">{t('referrals.tabs.received')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <StatusFilter value={status} onChange={(v) => update({ status: v })} />
        </SimpleGrid>
        <Results
          query={query}
          showReferrer={tab === 'received'}
          page={page}
          onPage={(p) => update({ page: String(p) })}
        />
      </Stack>
    </>
  );
}

/** Coordinators: the region's referrals, with overdue and duplicate flags and quick decisions. */
function IntakeQueue() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const status = params.get('status') ?? '';
  const overdue = params.get('overdue') ?? '';
  const sortParam = params.get('sort') ?? 'dueOn';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'dueOn';
  const page = Number(params.get('page') ?? 0) || 0;
  const act = useActOnReferral();
  const [decision, setDecision] = useState<{
    referral: ReferralSummary;
    action: ReferralAction;
  } | null>(null);
  const query: ReferralsQuery = {
    status: (status || undefined) as ReferralStatus | undefined,
    overdue: overdue === '' ? undefined : overdue === 'true',
    page,
    size: REFERRAL_PAGE_SIZE,
    sort,
  };
  return (
    <>
      <PageHeader title={t('referrals.intakeTitle')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <StatusFilter value={status} onChange={(v) => update({ status: v })} />
          <NativeSelect
            label={t('referrals.filters.overdue')}
            data={[
              { value: '', label: t('referrals.filters.overdueAny') },
              { value: 'true', label: t('referrals.filters.overdueOnly') },
              { value: 'false', label: t('referrals.filters.overdueNot') },
            ]}
            value={overdue}
            onChange={(e) => update({ overdue: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('referrals.filters.sort')}
            data={SORTS.map((s) => ({ value: s, label: t(`referrals.sorts.${s}`) }))}
            value={sort}
            onChange={(e) => update({ sort: e.currentTarget.value })}
          />
        </SimpleGrid>
        {act.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t('referrals.list.decided', {
              status: t(`referrals.status.${act.data.referral.status}`),
            })}
          </Alert>
        )}
        <Results
          query={query}
          showReferrer
          page={page}
          onPage={(p) => update({ page: String(p) })}
          onDecide={(referral, action) => {
            act.reset();
            setDecision({ referral, action });
          }}
        />
      </Stack>
      <DecisionModal
        key={decision ? `${decision.referral.id}-${decision.action}` : 'none'}
        action={decision?.action ?? null}
        loading={act.isPending}
        error={act.error}
        onClose={() => {
          if (act.isError) act.reset();
          setDecision(null);
        }}
        onConfirm={(input) =>
          decision &&
          act.mutate(
            { id: decision.referral.id, action: decision.action, input },
            { onSuccess: () => setDecision(null) },
          )
        }
      />
    </>
  );
}

export function ReferralsRoute() {
  const me = useMe().data?.me;
  if (!me) return <Loading />;
  return me.role === 'COORDINATOR' ? <IntakeQueue /> : <MyReferrals />;
}
