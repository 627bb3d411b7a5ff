import { ConfirmModal } from '@/components/confirm-modal';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { agreementQueryKey, type Agreement, type AgreementParty } from '../api/get-agreement';
import { useSignAgreement } from '../api/sign-agreement';

/** The first characters of a SHA-256, enough to compare by eye. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);

/** Who signed the current version, who is missing, and a Sign button for the user's parties. */
import { wrapButtonStyles } from '@/components/wrap-button';
export function SigningPanel({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sign = useSignAgreement();
  const [signing, setSigning] = useState<AgreementParty | null>(null);
  const signed = agreement.parties.filter((p) => p.signature);
  const missing = agreement.parties.filter((p) => !p.signature);
  const ready = agreement.status === 'READY_FOR_SIGNATURE';
  const version = agreement.currentVersion;

  const confirm = () => {
    if (!signing) return;
    sign.mutate(
      { id: agreement.id, organisationId: signing.organisationId, versionNumber: version },
      {
        onSuccess: () => setSigning(null),
        onError: (error) => {
          // The text or the signatures moved on: show what is there now.
          if (error.status === 409) {
            void queryClient.invalidateQueries({ queryKey: agreementQueryKey(agreement.id) });
          }
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {agreement.signedVersion ? (
        <Alert color="green" variant="light" title={t('agreements.signing.bindingTitle')}>
          {t('agreements.signing.binding', {
            number: agreement.signedVersion,
            date: formatDateTime(agreement.signedAt, i18n.language),
          })}
        </Alert>
      ) : ready ? (
        <Text>{t('agreements.signing.readyIntro', { number: version })}</Text>
      ) : (
        <Alert color="gray" variant="light">
          {t('agreements.signing.notReady')}
        </Alert>
      )}
      {!signing && <ProblemAlert error={sign.error} />}

      <Paper withBorder p="md" component="section" aria-labelledby="signed-title">
        <Title order={2} size="h4" id="signed-title" mb="sm">
          {t('agreements.signing.signedTitle', { number: version })}
        </Title>
        {signed.length === 0 ? (
          <Text>{t('agreements.signing.noneSigned')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {signed.map((p) => (
              <li key={p.organisationId}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {p.organisationName}
                </Text>
                <Text size="sm">
                  {t('agreements.signing.signedBy', {
                    name: p.signature?.signedByName ?? '',
                    date: formatDateTime(p.signature?.signedAt, i18n.language),
                  })}
                </Text>
                <Text size="sm">
                  {t('agreements.signing.hash')}{' '}
                  <Text component="code" size="sm" ff="monospace" title={p.signature?.sha256}>
                    {shortHash(p.signature?.sha256 ?? '')}
                  </Text>
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Paper>

      {!agreement.signedVersion && (
        <Paper withBorder p="md" component="section" aria-labelledby="missing-title">
          <Title order={2} size="h4" id="missing-title" mb="sm">
            {t('agreements.signing.missingTitle')}
          </Title>
          {missing.length === 0 ? (
            <Text>{t('agreements.signing.noneMissing')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {missing.map((p) => (
                <li key={p.organisationId}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {p.organisationName}
                  </Text>
                  <Text size="sm">
                    {p.signatoryName
                      ? t('agreements.signing.waitingFor', { name: p.signatoryName })
                      : t('agreements.parties.noSignatory')}
                  </Text>
                  {agreement.signableFor.includes(p.organisationId) && (
                    <Button
                      mt="xs"
                      styles={wrapButtonStyles}
                      onClick={() => {
                        sign.reset();
                        setSigning(p);
                      }}
                    >
                      {t('agreements.signing.signFor', { name: p.organisationName })}
                    </Button>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Paper>
      )}

      {agreement.voidedSignatures.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="voided-title">
          <Title order={2} size="h4" id="voided-title" mb="sm">
            {t('agreements.signing.voidedTitle')}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {agreement.voidedSignatures.map((v) => (
              <li key={`${v.organisationId}-${v.versionNumber}-${v.signedAt}`}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {v.organisationName}
                </Text>
                <Text size="sm">
                  {t('agreements.signing.voidedSignature', {
                    name: v.signedByName,
                    number: v.versionNumber,
                    date: formatDateTime(v.signedAt, i18n.language),
                    voidedAt: formatDateTime(v.voidedAt, i18n.language),
                  })}
                </Text>
                <Text size="sm">
                  {t('agreements.signing.voidReason')} {v.reason}
                </Text>
              </li>
            ))}
          </Stack>
        </Paper>
      )}

      <ConfirmModal
        opened={signing !== null}
        onClose={() => setSigning(null)}
        title={t('agreements.signing.confirmTitle', { number: version })}
        confirmLabel={t('agreements.signing.signVersion', { number: version })}
        loading={sign.isPending}
        onConfirm={confirm}
      >
        <Text>
          {t('agreements.signing.confirm', {
            number: version,
            title: agreement.title,
            name: signing?.organisationName ?? '',
          })}
        </Text>
        <ProblemAlert error={sign.error} />
      </ConfirmModal>
    </Stack>
  );
}
