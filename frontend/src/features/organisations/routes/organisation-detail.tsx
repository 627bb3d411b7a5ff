import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { helpSystemLabel } from '@/components/labels';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { formatDateTime } from '@/lib/format';
import { useRegions } from '@/lib/regions/get-regions';
import { useOrganisation } from '../api/get-organisation';
import { canEditOrganisation } from '../components/can-edit';

export function OrganisationDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useOrganisation(id);
  const regions = useRegions();

  const back = (
    <Anchor component={Link} to="/organisations" underline="always" size="sm">
      {t('organisations.backToList')}
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

  const o = query.data.organisation;
  const region = regions.data?.find((r) => r.id === o.regionId);

  return (
    <>
      {back}
      <PageHeader
        title={o.name}
        actions={
          canEditOrganisation(me, o.regionId) && (
            <LinkButton to={`/organisations/${o.id}/edit`}>{t('common.edit')}</LinkButton>
          )
        }
      />
      <Paper withBorder p="md">
        <DetailList
          items={[
            {
              label: t('organisations.fields.helpSystem'),
              value: helpSystemLabel(t, o.helpSystem),
            },
            { label: t('organisations.fields.region'), value: region?.name },
            { label: t('organisations.fields.street'), value: o.street },
            {
              label: t('organisations.fields.postalCodeCity'),
              value: [o.postalCode, o.city].filter(Boolean).join(' '),
            },
            {
              label: t('organisations.fields.contactEmail'),
              value: o.contactEmail && (
                <Anchor href={`mailto:${o.contactEmail}`} underline="always">
                  {o.contactEmail}
                </Anchor>
              ),
            },
            {
              label: t('organisations.fields.contactPhone'),
              value: o.contactPhone && (
                <Anchor href={`tel:${o.contactPhone.replace(/\s+/g, '')}`} underline="always">
                  {o.contactPhone}
                </Anchor>
              ),
            },
            {
              label: t('organisations.fields.website'),
              value: o.website && /^https?:\/\//i.test(o.website) && (
                <Anchor
                  href={o.website}
                  target="_blank"
                  rel="noopener noreferrer"
                  underline="always"
                >
                  {o.website}
                </Anchor>
              ),
            },
            { label: t('common.updatedAt'), value: formatDateTime(o.updatedAt, i18n.language) },
          ]}
        />
      </Paper>
      <Group mt="md">
        <Text size="xs" c="dimmed">
          {t('common.version', { version: o.version })}
        </Text>
      </Group>
    </>
  );
}
