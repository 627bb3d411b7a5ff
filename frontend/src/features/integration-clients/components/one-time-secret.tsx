import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, type ReactNode } from 'react';
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

type SecretValue = { label: string; value: string; copyLabel: string; testId?: string };

type SecretBoxProps = {
  title: string;
  /** That the secret is shown this once, and where to keep it. */
  once: string;
  values: SecretValue[];
  /** The heading's level: 2 at the top of a page, 3 inside a section. */
  headingOrder?: 2 | 3;
  onDone: () => void;
  /** How the secret is used. */
  children?: ReactNode;
};

/** A secret shown this once: each value with a copy button, how to use it, and "done". */
export function SecretBox({
  title,
  once,
  values,
  headingOrder = 2,
  onDone,
  children,
}: SecretBoxProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

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
        <Title order={headingOrder} size="h4" id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        <Text fw={600}>{once}</Text>
        {values.map((v) => (
          <div key={v.label}>
            <Text size="sm" fw={600}>
              {v.label}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Code data-testid={v.testId} style={{ wordBreak: 'break-all' }}>
                {v.value}
              </Code>
              <CopyValue value={v.value} label={v.copyLabel} />
            </Group>
          </div>
        ))}
        {children}
        <Group>
          <Button variant="default" styles={wrapButtonStyles} onClick={onDone}>
            {t('integrationClients.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type Props = { secret: IntegrationClientSecret; onDone: () => void };

/** A new client secret, shown this once: the client id, the secret, how to get a token. */
export function OneTimeSecret({ secret, onDone }: Props) {
  const { t } = useTranslation();
  const tokenUrl = new URL(TOKEN_PATH, window.location.origin).href;

  return (
    <SecretBox
      title={t('integrationClients.secret.title')}
      once={t('integrationClients.secret.once')}
      values={[
        {
          label: t('integrationClients.secret.clientId'),
          value: secret.client.id,
          copyLabel: t('integrationClients.secret.copyId'),
        },
        {
          label: t('integrationClients.secret.clientSecret'),
          value: secret.clientSecret,
          copyLabel: t('integrationClients.secret.copy'),
          testId: 'client-secret',
        },
      ]}
      onDone={onDone}
    >
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
    </SecretBox>
  );
}
