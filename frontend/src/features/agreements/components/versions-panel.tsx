import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useDownloadVersionPdf } from '../api/download-version-pdf';
import type { Agreement } from '../api/get-agreement';
import { useVersion } from '../api/get-version';
import { useVersions } from '../api/get-versions';
import { shortHash } from './signing-panel';
import { VersionDiff } from './version-diff';

/** The version history: view one, compare two, download one as PDF. */
import { wrapButtonStyles } from '@/components/wrap-button';
export function VersionsPanel({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const versions = useVersions(agreement.id);
  const pdf = useDownloadVersionPdf();
  const [viewing, setViewing] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pair, setPair] = useState<{ number: number; against: number } | null>(null);

  if (versions.isPending) return <Loading />;
  if (versions.isError) return <ProblemAlert error={versions.error} />;
  const list = versions.data;
  if (list.length === 0) return <Text>{t('agreements.versions.none')}</Text>;

  const numbers = list.map((v) => v.number);
  const newest = numbers[0];
  const fromValue = from || String(numbers[1] ?? newest);
  const toValue = to || String(newest);
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('agreements.versionN', { number: n }),
  }));

  return (
    <Stack gap="md">
      <ProblemAlert error={pdf.error} />
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.map((v) => (
          <Paper component="li" withBorder p="sm" key={v.number}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>
                  {t('agreements.versionN', { number: v.number })}
                  {v.number === agreement.signedVersion && ` – ${t('agreements.versions.signed')}`}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {v.reason}
                </Text>
                <Text size="sm" c="dimmed">
                  {[v.createdByName, formatDateTime(v.createdAt, i18n.language)]
                    .filter(Boolean)
                    .join(' · ')}{' '}
                  · SHA-256{' '}
                  <Text component="code" size="sm" ff="monospace" title={v.sha256}>
                    {shortHash(v.sha256)}
                  </Text>
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  size="xs"
                  styles={wrapButtonStyles}
                  variant={viewing === v.number ? 'filled' : 'outline'}
                  aria-pressed={viewing === v.number}
                  onClick={() => setViewing(viewing === v.number ? null : v.number)}
                >
                  {t('agreements.versions.view', { number: v.number })}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  styles={wrapButtonStyles}
                  loading={pdf.isPending && pdf.variables?.number === v.number}
                  onClick={() => pdf.mutate({ id: agreement.id, number: v.number })}
                >
                  {t('agreements.versions.pdf', { number: v.number })}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>

      {viewing !== null && <VersionView agreementId={agreement.id} number={viewing} />}

      {numbers.length > 1 && (
        <Paper withBorder p="md" component="section" aria-labelledby="compare-title">
          <Title order={2} size="h4" id="compare-title" mb="sm">
            {t('agreements.versions.compareTitle')}
          </Title>
          <Group gap="sm" align="flex-end">
            <NativeSelect
              label={t('agreements.versions.from')}
              data={options}
              value={fromValue}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={{ base: '100%', xs: 180 }}
            />
            <NativeSelect
              label={t('agreements.versions.to')}
              data={options}
              value={toValue}
              onChange={(e) => setTo(e.currentTarget.value)}
              w={{ base: '100%', xs: 180 }}
            />
            <Button
              disabled={fromValue === toValue}
              onClick={() => {
                const a = Number(fromValue);
                const b = Number(toValue);
                setPair({ number: Math.max(a, b), against: Math.min(a, b) });
              }}
            >
              {t('agreements.versions.compare')}
            </Button>
          </Group>
          {pair && (
            <VersionDiff agreementId={agreement.id} pair={pair} language={agreement.language} />
          )}
        </Paper>
      )}
    </Stack>
  );
}

function VersionView({ agreementId, number }: { agreementId: string; number: number }) {
  const { t } = useTranslation();
  const version = useVersion(agreementId, number);
  if (version.isPending) return <Loading />;
  if (version.isError) return <ProblemAlert error={version.error} />;
  const v = version.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="version-view-title">
      <Title order={2} size="h4" id="version-view-title">
        {t('agreements.versions.viewTitle', { number: v.number })}
      </Title>
      <Text fw={600} mt="sm" lang={v.language}>
        {v.title}
      </Text>
      <Text size="sm" mt="xs">
        {t('agreements.fields.parties')}:{' '}
        {v.parties
          .map((p) =>
            p.signatoryName ? `${p.organisationName} (${p.signatoryName})` : p.organisationName,
          )
          .join(', ')}
      </Text>
      <Stack component="ol" gap="sm" mt="md" p={0} style={{ listStyle: 'none' }}>
        {v.sections.map((s, index) => (
          <li key={s.id}>
            <Title order={3} size="h5" lang={v.language}>
              {index + 1}. {s.title}
            </Title>
            <Text lang={v.language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {s.body}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
