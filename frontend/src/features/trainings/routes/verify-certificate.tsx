import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { LanguageSelect } from '@/components/language-select';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { useHasSession } from '@/lib/auth/use-session';
import { formatDateTime } from '@/lib/format';
import { CERTIFICATE_CODE, normaliseCode, useCertificate } from '../api/get-certificate';

/** Public: anyone with a certificate's code can check that it is valid, and for whom. */
export function VerifyCertificateRoute() {
  const { t } = useTranslation();
  const { code: param = '' } = useParams();
  const code = normaliseCode(param);
  const navigate = useNavigate();
  const hasSession = useHasSession();
  const [input, setInput] = useState(code);
  const [inputError, setInputError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = normaliseCode(input);
    if (!CERTIFICATE_CODE.test(value)) {
      setInputError(t('verify.invalidCode'));
      return;
    }
    setInputError(null);
    void navigate(`/verify/${encodeURIComponent(value)}`);
  };

  return (
    <Container size={560} py="xl" px="md">
      <header>
        <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap">
          <Text component={Link} to="/" fw={700} size="xl" c="blue.9" td="none">
            {t('app.name')}
          </Text>
          <LanguageSelect />
        </Group>
      </header>
      <main>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Title order={1} size="h2" mb="xs">
            {t('verify.title')}
          </Title>
          <Text size="sm" mb="md">
            {t('verify.intro')}
          </Text>
          <form noValidate onSubmit={submit} role="search" aria-label={t('verify.title')}>
            <Stack gap="sm" align="flex-start">
              <TextInput
                label={t('verify.code')}
                description={t('verify.codeHelp')}
                value={input}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={20}
                error={inputError}
                onChange={(e) => {
                  setInput(e.currentTarget.value);
                  setInputError(null);
                }}
                w="100%"
                maw={320}
                styles={{ input: { fontFamily: 'monospace' } }}
              />
              <Button type="submit">{t('verify.check')}</Button>
            </Stack>
          </form>
          {code && CERTIFICATE_CODE.test(code) && <VerifyResult code={code} />}
        </Paper>
        <Text size="sm" mt="md">
          <Anchor component={Link} to="/" underline="always">
            {hasSession ? t('verify.toApp') : t('verify.toLogin')}
          </Anchor>
        </Text>
      </main>
    </Container>
  );
}

function VerifyResult({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const result = useCertificate(code);

  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && result.error.status === 404) {
      return (
        <Alert color="red" variant="light" role="alert" mt="md" title={t('verify.unknownTitle')}>
          {t('verify.unknown', { code })}
        </Alert>
      );
    }
    return (
      <Stack mt="md">
        <ProblemAlert error={result.error} />
      </Stack>
    );
  }
  const c = result.data;
  return (
    <Stack mt="md" gap="md" role="status">
      {c.valid ? (
        <Alert color="green" variant="light" title={t('verify.validTitle')}>
          {t('verify.valid', { code: c.code })}
        </Alert>
      ) : (
        <Alert color="red" variant="light" title={t('verify.revokedTitle')}>
          {t('verify.revoked', {
            code: c.code,
            date: formatDateTime(c.revokedAt, i18n.language),
          })}
        </Alert>
      )}
      <DetailList
        items={[
          { label: t('verify.participant'), value: c.participantName },
          { label: t('verify.training'), value: c.trainingTitle },
          { label: t('verify.kind'), value: t(`trainings.kind.${c.trainingKind}`) },
          { label: t('verify.completedAt'), value: formatDateTime(c.completedAt, i18n.language) },
        ]}
      />
    </Stack>
  );
}
