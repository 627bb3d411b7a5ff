import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionDiff, type AgreementSectionChange } from '../api/get-version-diff';

type Props = {
  agreementId: string;
  pair: { number: number; against: number };
  language: string;
};

const changeColors: Record<AgreementSectionChange['change'], string> = {
  ADDED: '#1e6b30',
  REMOVED: 'red.9',
  CHANGED: 'blue.8',
  MOVED: 'violet.8',
  UNCHANGED: 'gray.7',
};

/** Section-by-section changes between two versions, with the text before and after. */
export function VersionDiff({ agreementId, pair, language }: Props) {
  const { t } = useTranslation();
  const diff = useVersionDiff(agreementId, pair);
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <ProblemAlert error={diff.error} />;
  const d = diff.data;
  const changes = d.sections.filter((s) => s.change !== 'UNCHANGED');
  const unchanged = d.sections.length - changes.length;

  return (
    <Stack gap="sm" mt="md" aria-live="polite">
      <Title order={3} size="h5">
        {t('agreements.diff.title', { from: d.from, to: d.to })}
      </Title>
      {d.titleChanged && <Text>{t('agreements.diff.titleChanged')}</Text>}
      {d.partiesChanged && <Text>{t('agreements.diff.partiesChanged')}</Text>}
      {changes.length === 0 && <Text>{t('agreements.diff.noSectionChanges')}</Text>}
      {changes.map((c) => (
        <SectionChange key={`${c.sectionId}-${c.change}`} change={c} language={language} />
      ))}
      {unchanged > 0 && (
        <Text size="sm" c="dimmed">
          {t('agreements.diff.unchanged', { count: unchanged })}
        </Text>
      )}
    </Stack>
  );
}

function SectionChange({
  change: c,
  language,
}: {
  change: AgreementSectionChange;
  language: string;
}) {
  const { t } = useTranslation();
  const title = c.titleAfter ?? c.titleBefore ?? '';
  const textChanged =
    c.change === 'CHANGED' && (c.titleBefore !== c.titleAfter || c.bodyBefore !== c.bodyAfter);
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Group gap="xs" mb="xs" wrap="wrap">
        <Badge color={changeColors[c.change]} variant="filled" radius="sm">
          {t(`agreements.diff.change.${c.change}`)}
        </Badge>
        <Text fw={600} lang={language} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
      </Group>
      {c.positionBefore !== undefined &&
        c.positionAfter !== undefined &&
        c.positionBefore !== c.positionAfter && (
          <Text size="sm">
            {t('agreements.diff.moved', { before: c.positionBefore, after: c.positionAfter })}
          </Text>
        )}
      {c.change === 'ADDED' && (
        <DiffText
          label={t('agreements.diff.after')}
          title={c.titleAfter}
          body={c.bodyAfter}
          kind="after"
          language={language}
        />
      )}
      {c.change === 'REMOVED' && (
        <DiffText
          label={t('agreements.diff.before')}
          title={c.titleBefore}
          body={c.bodyBefore}
          kind="before"
          language={language}
        />
      )}
      {textChanged && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <DiffText
            label={t('agreements.diff.before')}
            title={c.titleBefore}
            body={c.bodyBefore}
            kind="before"
            language={language}
          />
          <DiffText
            label={t('agreements.diff.after')}
            title={c.titleAfter}
            body={c.bodyAfter}
            kind="after"
            language={language}
          />
        </SimpleGrid>
      )}
    </Paper>
  );
}

type DiffTextProps = {
  label: string;
  title?: string;
  body?: string;
  kind: 'before' | 'after';
  language: string;
};

function DiffText({ label, title, body, kind, language }: DiffTextProps) {
  return (
    <Box
      p="xs"
      style={{
        borderLeft: `4px solid var(--mantine-color-${kind === 'before' ? 'red' : 'green'}-8)`,
        background: `var(--mantine-color-${kind === 'before' ? 'red' : 'green'}-0)`,
      }}
    >
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" fw={600} lang={language} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Text>
      <Text size="sm" lang={language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {body}
      </Text>
    </Box>
  );
}
