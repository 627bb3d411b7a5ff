import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useCreateHelpOffer } from '../api/create-help-offer';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { formChoices } from '../components/can-manage';
import { HelpOfferForm } from '../components/help-offer-form';
import { toFormValues, toRequest } from '../components/help-offer-form-values';

export function HelpOfferNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const organisations = useOrganisationOptions();
  const create = useCreateHelpOffer();

  const header = <PageHeader title={t('helpOffers.newTitle')} />;
  if (organisations.isPending) return <Loading />;
  if (organisations.isError)
    return (
      <>
        {header}
        <ProblemAlert error={organisations.error} />
      </>
    );

  const choices = formChoices(me, organisations.data);
  if (choices.organisations.length === 0)
    return (
      <>
        {header}
        <Alert color="gray" variant="light">
          {t('helpOffers.form.noOrganisations')}
        </Alert>
      </>
    );

  return (
    <>
      {header}
      {create.error && (
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <ProblemAlert error={create.error} scope="helpOffers" />
        </div>
      )}
      <HelpOfferForm
        {...choices}
        defaultValues={toFormValues(undefined, {
          organisationId: choices.organisations.length === 1 ? choices.organisations[0].id : '',
        })}
        submitting={create.isPending}
        serverError={create.error}
        submitLabel={t('common.create')}
        onCancel={() => void navigate('/help-offers')}
        onSubmit={(values) =>
          create.mutate(toRequest(values), {
            onSuccess: ({ offer }) => void navigate(`/help-offers/${offer.id}`),
          })
        }
      />
    </>
  );
}
