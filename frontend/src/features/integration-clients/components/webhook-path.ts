/** The screen of a webhook subscription, under its client. */
export const webhookPath = (clientId: string, id: string) =>
  `/integration-clients/${clientId}/webhooks/${id}`;
