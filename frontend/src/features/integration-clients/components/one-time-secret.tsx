import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { wrapButtonStyles } from '@/components/wrap-button';
import type { IntegrationClientSecret } from '../api/get-integration-clients';

export const TOKEN_PATH = '/api/v1/auth/token';

function CopyValue({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          size="xs"
          variant={copied ? 'filled' : 'outline'}
          color={copied ? 'teal' : undefined}
          styles={wrapButtonStyles}
          onClick={copy}
        >
          {copied ? t('integrationClients.secret.copied') : label}
        </Button>
      )}
    </CopyButton>
  );
}

type Props = { secret: IntegrationClientSecret; onDone: () => void };

/** A new secret, shown this once: the client id, the secret with a copy button, how to get a token. */
export function OneTimeSecret({ secret, onDone }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const tokenUrl = new URL(TOKEN_PATH, window.location.origin).href;

  // Screen reader and keyboard users land on the box that appeared.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      p="md"
      mb="md"
      bg="var(--mantine-color-yellow-light)"
      style={{ border: '2px solid var(--mantine-color-yellow-7)', overflowWrap: 'anywhere' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId} ref={heading} tabIndex={-1}>
          {t('integrationClients.secret.title')}
        </Title>
        <Text fw={600}>{t('integrationClients.secret.once')}</Text>
        <div>
          <Text size="sm" fw={600}>
            {t('integrationClients.secret.clientId')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Code style={{ wordBreak: 'break-all' }}>{secret.client.id}</Code>
            <CopyValue value={secret.client.id} label={t('integrationClients.secret.copyId')} />
          </Group>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('integrationClients.secret.clientSecret')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Code data-testid="client-secret" style={{ wordBreak: 'break-all' }}>
              {secret.clientSecret}
            </Code>
            <CopyValue value={secret.clientSecret} label={t('integrationClients.secret.copy')} />
          </Group>
        </div>
        <Text size="sm">{t('integrationClients.secret.howTo')}</Text>
        <dl style={{ margin: 0 }}>
          <Text component="dt" size="sm" fw={600}>
            {t('integrationClients.secret.tokenUrl')}
          </Text>
          <Text component="dd" m={0} size="sm">
            <Code>{tokenUrl}</Code>
          </Text>
          <Text component="dt" size="sm" fw={600} mt="xs">
            {t('integrationClients.secret.grantType')}
          </Text>
          <Text component="dd" m={0} size="sm">
            <Code>grant_type=client_credentials</Code>
          </Text>
        </dl>
        <Group>
          <Button variant="default" styles={wrapButtonStyles} onClick={onDone}>
            {t('integrationClients.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
