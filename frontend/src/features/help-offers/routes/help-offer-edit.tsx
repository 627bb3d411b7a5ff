import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { MutationAlert } from '@/components/mutation-alert';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useHelpOffer } from '../api/get-help-offer';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { useUpdateHelpOffer } from '../api/update-help-offer';
import { canManageHelpOffer, formChoices } from '../components/can-manage';
import { HelpOfferForm } from '../components/help-offer-form';
import { toFormValues, toRequest } from '../components/help-offer-form-values';

export function HelpOfferEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useHelpOffer(id);
  const organisations = useOrganisationOptions();
  const update = useUpdateHelpOffer();

  const back = (
    <Anchor component={Link} to={`/help-offers/${id}`} underline="always" size="sm">
      {t('helpOffers.backToOffer')}
    </Anchor>
  );

  if (query.isPending || organisations.isPending) return <Loading />;
  const loadError = query.error ?? organisations.error;
  if (loadError)
    return (
      <>
        {back}
        <ProblemAlert error={loadError} />
      </>
    );
  if (!query.data || !organisations.data) return null;

  const { offer, etag } = query.data;

  return (
    <>
      {back}
      <PageHeader title={t('helpOffers.editTitle', { name: offer.name })} />
      {!canManageHelpOffer(me, offer) ? (
        <Alert color="red" title={t('problems.forbiddenTitle')} role="alert">
          {t('helpOffers.form.notYours')}
        </Alert>
      ) : (
        <>
          <MutationAlert
            error={update.error}
            scope="helpOffers"
            onReload={() => {
              update.reset();
              void query.refetch();
            }}
          />
          <HelpOfferForm
            // A new version from the server resets the form to what is stored now.
            key={`${offer.id}-${offer.version}`}
            {...formChoices(me, organisations.data, offer)}
            defaultValues={toFormValues(offer)}
            submitting={update.isPending}
            serverError={update.error}
            submitLabel={t('common.save')}
            onCancel={() => void navigate(`/help-offers/${offer.id}`)}
            onSubmit={(values) =>
              update.mutate(
                { id: offer.id, etag, input: toRequest(values) },
                { onSuccess: () => void navigate(`/help-offers/${offer.id}`) },
              )
            }
          />
        </>
      )}
    </>
  );
}
