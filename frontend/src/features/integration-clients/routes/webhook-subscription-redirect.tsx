import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useWebhookSubscription } from '../api/get-webhook-subscription';
import { webhookPath } from '../components/webhook-path';

/** A subscription known by its id alone (e.g. from a notification): opens it under its client. */
export function WebhookSubscriptionRedirectRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useWebhookSubscription(id);

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <Anchor component={Link} to="/integration-clients" underline="always" size="sm">
          {t('integrationClients.backToList')}
        </Anchor>
        <ProblemAlert error={query.error} />
      </>
    );
  const { subscription } = query.data;
  return <Navigate to={webhookPath(subscription.clientId, subscription.id)} replace />;
}
