import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useTargetOffers } from '../api/get-target-offers';
import { ReferralWizard } from '../components/referral-wizard';

/** A new referral; `?offer=<id>` (a help offer's page) preselects the target. */
export function ReferralNewRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe().data?.me;
  const offers = useTargetOffers();
  const back = (
    <Anchor component={Link} to="/referrals" underline="always" size="sm">
      {t('referrals.backToList')}
    </Anchor>
  );
  if (offers.isPending || !me) return <Loading />;
  if (offers.isError)
    return (
      <>
        {back}
        <ProblemAlert error={offers.error} />
      </>
    );
  const offer = params.get('offer');
  const preselected = offers.data.some((o) => o.id === offer) ? (offer ?? undefined) : undefined;
  return (
    <>
      {back}
      <PageHeader title={t('referrals.newTitle')} />
      {me.role !== 'PROFESSIONAL' ? (
        <Alert color="red" title={t('problems.forbiddenTitle')} role="alert">
          {t('referrals.form.professionalsOnly')}
        </Alert>
      ) : (
        <ReferralWizard offers={offers.data} defaultTargetId={preselected} />
      )}
    </>
  );
}
