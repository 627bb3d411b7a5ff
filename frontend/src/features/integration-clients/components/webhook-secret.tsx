import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookSubscriptionSecret } from '../api/get-webhook-subscriptions';
import { SecretBox } from './one-time-secret';

const HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

/** How a receiver checks that a delivery is ours (Standard Webhooks), in brief. */
export function SignatureHelp() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('webhooks.verify.title')}
      </Text>
      <Text size="sm">{t('webhooks.verify.intro')}</Text>
      <dl style={{ margin: 0 }}>
        {HEADERS.map((header) => (
          <div key={header}>
            <Text component="dt" size="sm" fw={600} mt={4}>
              <Code>{header}</Code>
            </Text>
            <Text component="dd" m={0} size="sm">
              {t(`webhooks.verify.headers.${header.replace('webhook-', '')}`)}
            </Text>
          </div>
        ))}
      </dl>
      <Text size="sm">{t('webhooks.verify.signed')}</Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {'HMAC-SHA256(key, webhook-id + "." + webhook-timestamp + "." + body)'}
      </Code>
      <Text size="sm">{t('webhooks.verify.key')}</Text>
      <Text size="sm">{t('webhooks.verify.answer')}</Text>
    </Stack>
  );
}

type Props = {
  secret: WebhookSubscriptionSecret;
  headingOrder?: 2 | 3;
  onDone: () => void;
};

/** A new signing secret, shown this once, with how receivers verify signatures. */
export function WebhookSecret({ secret, headingOrder, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <SecretBox
      title={t('webhooks.secret.title')}
      once={t('webhooks.secret.once')}
      values={[
        {
          label: t('webhooks.secret.label'),
          value: secret.secret,
          copyLabel: t('webhooks.secret.copy'),
          testId: 'webhook-secret',
        },
      ]}
      headingOrder={headingOrder}
      onDone={onDone}
    >
      <SignatureHelp />
    </SecretBox>
  );
}
