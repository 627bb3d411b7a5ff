import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { formatDateTime } from '@/lib/format';
import { languageName } from '@/lib/i18n/language-name';
import { useHelpOffer } from '../api/get-help-offer';
import { useOfferOrganisation } from '../api/get-offer-organisation';
import { canManageHelpOffer, canReferTo } from '../components/can-manage';

/** One help offer in full, with an Edit button for those who keep it. */
export function HelpOfferDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useHelpOffer(id);
  const organisation = useOfferOrganisation(query.data?.offer.organisationId);

  const back = (
    <Anchor component={Link} to="/help-offers" underline="always" size="sm">
      {t('helpOffers.backToList')}
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

  const o = query.data.offer;

  return (
    <>
      {back}
      <PageHeader
        title={o.name}
        actions={
          <Group gap="sm">
            {canReferTo(me, o) && (
              <LinkButton to={`/referrals/new?offer=${o.id}`}>
                {t('helpOffers.referChild')}
              </LinkButton>
            )}
            {canManageHelpOffer(me, o) && (
              <LinkButton to={`/help-offers/${o.id}/edit`} variant="default">
                {t('common.edit')}
              </LinkButton>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{o.description}</Text>
        <Paper withBorder p="md">
          <DetailList
            items={[
              {
                label: t('helpOffers.fields.organisation'),
                value: organisation.data ? (
                  <Anchor
                    component={Link}
                    to={`/organisations/${o.organisationId}`}
                    underline="always"
                  >
                    {organisation.data.name}
                  </Anchor>
                ) : organisation.isError ? (
                  t('helpOffers.unknownOrganisation')
                ) : (
                  t('common.loading')
                ),
              },
              { label: t('helpOffers.fields.kind'), value: t(`helpOffers.kinds.${o.kind}`) },
              {
                label: t('helpOffers.fields.ageRange'),
                value: t('helpOffers.ages', { min: o.minAge, max: o.maxAge }),
              },
              {
                label: t('helpOffers.fields.languages'),
                value: o.languages.map((l) => languageName(l, i18n.language)).join(', '),
              },
              { label: t('helpOffers.fields.areaServed'), value: o.areaServed },
              {
                label: t('helpOffers.fields.contactEmail'),
                value: o.contactEmail && (
                  <Anchor href={`mailto:${o.contactEmail}`} underline="always">
                    {o.contactEmail}
                  </Anchor>
                ),
              },
              {
                label: t('helpOffers.fields.contactPhone'),
                value: o.contactPhone && (
                  <Anchor href={`tel:${o.contactPhone.replace(/\s+/g, '')}`} underline="always">
                    {o.contactPhone}
                  </Anchor>
                ),
              },
              {
                label: t('helpOffers.fields.capacity'),
                value: o.capacity != null ? String(o.capacity) : t('helpOffers.notLimited'),
              },
              { label: t('helpOffers.fields.waitingList'), value: String(o.waitingList) },
              {
                label: t('helpOffers.fields.status'),
                value: o.active ? t('helpOffers.status.active') : t('helpOffers.status.inactive'),
              },
              { label: t('common.updatedAt'), value: formatDateTime(o.updatedAt, i18n.language) },
            ]}
          />
        </Paper>
        <Text size="xs" c="dimmed">
          {t('common.version', { version: o.version })}
        </Text>
      </Stack>
    </>
  );
}
