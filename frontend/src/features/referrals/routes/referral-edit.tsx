import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useReferral } from '../api/get-referral';
import { useTargetOffers } from '../api/get-target-offers';
import { availableCommands } from '../components/referral-actions';
import { ReferralWizard } from '../components/referral-wizard';

/** Continues a draft referral: the same steps, prefilled. */
export function ReferralEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useReferral(id);
  const offers = useTargetOffers();
  const back = (
    <Anchor component={Link} to={`/referrals/${id}`} underline="always" size="sm">
      {t('referrals.backToReferral')}
    </Anchor>
  );
  if (query.isPending || offers.isPending || !me) return <Loading />;
  const error = query.error ?? offers.error;
  if (error || !query.data || !offers.data)
    return (
      <>
        {back}
        <ProblemAlert error={error} scope="referrals" />
      </>
    );
  const { referral } = query.data;
  return (
    <>
      {back}
      <PageHeader title={t('referrals.editTitle')} />
      {!availableCommands(me, referral).includes('EDIT') ? (
        <Alert color="red" title={t('problems.forbiddenTitle')} role="alert">
          {t('referrals.form.notEditable')}
        </Alert>
      ) : (
        <ReferralWizard
          // Saving in the wizard updates the cached draft; the wizard keeps its step meanwhile.
          key={referral.id}
          stored={query.data}
          offers={offers.data}
        />
      )}
    </>
  );
}
