import {
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';
import { Link } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import {
  HELP_OFFER_KINDS,
  HELP_OFFER_PAGE_SIZE,
  useHelpOffers,
  type HelpOffer,
  type HelpOfferKind,
  type HelpOffersQuery,
} from '../api/get-help-offers';
import { canCreateHelpOffers } from '../components/can-manage';

const AGES = Array.from({ length: 19 }, (_, age) => String(age));

function OfferCard({ offer }: { offer: HelpOffer }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text component="h2" fw={700} size="lg" m={0} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/help-offers/${offer.id}`} inherit underline="always">
              {offer.name}
            </Anchor>
          </Text>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`helpOffers.kinds.${offer.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">{offer.description}</Text>
        <Text size="sm">
          {t('helpOffers.ages', { min: offer.minAge, max: offer.maxAge })} ·{' '}
          {offer.languages.map((l) => l.toUpperCase()).join(', ')} · {offer.areaServed}
        </Text>
        <Text size="sm">
          {offer.capacity != null && t('helpOffers.capacity', { count: offer.capacity })}
          {offer.capacity != null && ' · '}
          {offer.waitingList > 0
            ? t('helpOffers.waitingList', { count: offer.waitingList })
            : t('helpOffers.noWaitingList')}
        </Text>
        {(offer.contactEmail || offer.contactPhone) && (
          <Text size="sm">
            {[offer.contactEmail, offer.contactPhone].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The help-offer directory: search by kind, a child's age and language. */
export function HelpOffersRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const [params, update] = useUrlParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const kind = params.get('kind') ?? '';
  const age = params.get('age') ?? '';
  const language = params.get('language') ?? '';

  const query: HelpOffersQuery = {
    page,
    size: HELP_OFFER_PAGE_SIZE,
    sort: 'name',
    ...(kind ? { kind: kind as HelpOfferKind } : {}),
    ...(age ? { age: Number(age) } : {}),
    ...(/^[a-z]{2}$/.test(language) ? { language } : {}),
  };
  const offers = useHelpOffers(query);

  return (
    <>
      <PageHeader
        title={t('helpOffers.title')}
        actions={
          canCreateHelpOffers(me) && (
            <LinkButton to="/help-offers/new">{t('helpOffers.new')}</LinkButton>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('common.filters')}>
        <NativeSelect
          label={t('helpOffers.filterKind')}
          value={kind}
          onChange={(e) => update({ kind: e.currentTarget.value, page: '0' })}
          data={[
            { value: '', label: t('helpOffers.allKinds') },
            ...HELP_OFFER_KINDS.map((k) => ({ value: k, label: t(`helpOffers.kinds.${k}`) })),
          ]}
          w={{ base: '100%', xs: 240 }}
        />
        <NativeSelect
          label={t('helpOffers.filterAge')}
          value={age}
          onChange={(e) => update({ age: e.currentTarget.value, page: '0' })}
          data={[{ value: '', label: t('helpOffers.anyAge') }, ...AGES]}
          w={{ base: '100%', xs: 160 }}
        />
        <TextInput
          label={t('helpOffers.filterLanguage')}
          description={t('helpOffers.languageHint')}
          value={language}
          maxLength={2}
          onChange={(e) => update({ language: e.currentTarget.value.toLowerCase(), page: '0' })}
          w={{ base: '100%', xs: 160 }}
        />
      </Group>
      {offers.isPending ? (
        <Loading />
      ) : offers.isError ? (
        <ProblemAlert error={offers.error} />
      ) : offers.data.items.length === 0 ? (
        <Text py="md">{t('helpOffers.empty')}</Text>
      ) : (
        <>
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {offers.data.items.map((o) => (
              <OfferCard key={o.id} offer={o} />
            ))}
          </SimpleGrid>
          <Pager
            page={page}
            size={HELP_OFFER_PAGE_SIZE}
            total={offers.data.total}
            onChange={(p) => update({ page: String(p) })}
          />
        </>
      )}
    </>
  );
}
