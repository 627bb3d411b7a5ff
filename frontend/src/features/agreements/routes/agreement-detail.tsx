import { Anchor, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useRegions } from '@/lib/regions/get-regions';
import { useAgreement } from '../api/get-agreement';
import { StatusBadge } from '../components/badges';
import { ImplementationPanel } from '../components/implementation-panel';
import { OverviewPanel } from '../components/overview-panel';
import { PartiesPanel } from '../components/parties-panel';
import { SectionsEditor } from '../components/sections-editor';
import { SigningPanel } from '../components/signing-panel';
import { VersionsPanel } from '../components/versions-panel';

const TABS = ['overview', 'text', 'parties', 'signing', 'versions', 'implementation'] as const;
type Tab = (typeof TABS)[number];

export function AgreementDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useAgreement(id);
  const regions = useRegions();
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'overview';

  const back = (
    <Anchor component={Link} to="/agreements" underline="always" size="sm">
      {t('agreements.backToList')}
    </Anchor>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} />
      </>
    );

  const agreement = query.data;
  const regionName = regions.data?.find((r) => r.id === agreement.regionId)?.name ?? '';
  const reload = () => void query.refetch();
  const signable = agreement.signableFor.length > 0;

  return (
    <>
      {back}
      <PageHeader title={agreement.title} />
      <Group gap="xs" mt={-8} mb="md">
        <StatusBadge status={agreement.status} />
        {agreement.currentVersion > 0 && (
          <Text size="sm">{t('agreements.versionN', { number: agreement.currentVersion })}</Text>
        )}
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (!value || value === 'overview') next.delete('tab');
          else next.set('tab', value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
          {TABS.map((key) => (
            <Tabs.Tab value={key} key={key}>
              {t(`agreements.tabs.${key}`)}
              {key === 'signing' && signable && (
                <Text component="span" fw={700}>
                  {' '}
                  ({t('agreements.signing.yourTurn')})
                </Text>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewPanel agreement={agreement} regionName={regionName} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="text">
          <SectionsEditor agreement={agreement} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="parties">
          <PartiesPanel agreement={agreement} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="signing">
          <SigningPanel agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsPanel agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="implementation">
          <ImplementationPanel agreement={agreement} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
