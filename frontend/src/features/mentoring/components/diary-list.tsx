import { Alert, Badge, Box, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { useGiveFeedback } from '../api/give-feedback';
import { SCOPE, type DiaryEntry, type Mood } from '../api/types';
import { formatDuration } from './labels';

const FEEDBACK_MAX = 2000;

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const moodColors: Record<Mood, string> = {
  GREAT: '#1e6b30',
  GOOD: 'teal.9',
  OK: 'gray.7',
  DIFFICULT: '#a63c06',
};

const wrapping = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

type Props = {
  entries: readonly DiaryEntry[];
  /** Coordinators answer each entry. */
  withFeedbackForm?: boolean;
  /** The heading level of each entry (the list sits under a heading one level higher). */
  headingLevel?: 'h2' | 'h3';
};

/** The diary, newest first, each entry with the coordinators' feedback under it. */
export function DiaryList({ entries, withFeedbackForm = false, headingLevel = 'h3' }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {t('mentoring.diary.empty')}
      </Alert>
    );
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Card component="li" withBorder padding="md" key={entry.id}>
          <DiaryEntryView
            entry={entry}
            withFeedbackForm={withFeedbackForm}
            headingLevel={headingLevel}
          />
        </Card>
      ))}
    </Stack>
  );
}

function DiaryEntryView({
  entry,
  withFeedbackForm,
  headingLevel,
}: {
  entry: DiaryEntry;
  withFeedbackForm: boolean;
  headingLevel: 'h2' | 'h3';
}) {
  const { t, i18n } = useTranslation();
  const activities = [
    ...entry.activities.map((a) => t(`mentoring.activities.${a}`)),
    ...(entry.activityNote ? [entry.activityNote] : []),
  ];
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text component={headingLevel} fw={700} size="md" m={0}>
          {formatDate(entry.metOn, i18n.language)} ·{' '}
          {formatDuration(entry.durationMinutes, i18n.language)}
        </Text>
        <Group gap={6}>
          <Badge color={moodColors[entry.mood]} variant="filled" radius="sm" styles={wrapping}>
            {t('mentoring.diary.mood', { mood: t(`mentoring.moods.${entry.mood}`) })}
          </Badge>
          {entry.concern && (
            <Badge color="red.9" variant="filled" radius="sm" styles={wrapping}>
              {t('mentoring.diary.concern')}
            </Badge>
          )}
        </Group>
      </Group>
      {activities.length > 0 && <Text size="sm">{activities.join(', ')}</Text>}
      {entry.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.note}
        </Text>
      )}
      {entry.concern && entry.concernText && (
        <Text size="sm" c="red.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <Text component="span" fw={600} size="sm">
            {t('mentoring.diary.concernText')}:
          </Text>{' '}
          {entry.concernText}
        </Text>
      )}
      {entry.feedback.length > 0 && (
        <Stack
          gap={6}
          mt={4}
          component="section"
          aria-label={t('mentoring.diary.feedbackTitle', {
            date: formatDate(entry.metOn, i18n.language),
          })}
        >
          {entry.feedback.map((f) => (
            <Box
              key={f.id}
              p="sm"
              style={{
                borderLeft: '4px solid var(--mantine-color-blue-8)',
                background: 'var(--mantine-color-blue-0)',
                borderRadius: 4,
              }}
            >
              <Text size="xs" fw={600}>
                {t('mentoring.diary.feedbackBy', {
                  name: f.authorName ?? t('mentoring.diary.coordinator'),
                  date: formatDateTime(f.createdAt, i18n.language),
                })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {f.text}
              </Text>
            </Box>
          ))}
        </Stack>
      )}
      {withFeedbackForm && <FeedbackForm entry={entry} />}
    </Stack>
  );
}

function FeedbackForm({ entry }: { entry: DiaryEntry }) {
  const { t, i18n } = useTranslation();
  const give = useGiveFeedback();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setMissing(true);
          return;
        }
        give.mutate({ entryId: entry.id, text: text.trim() }, { onSuccess: () => setText('') });
      }}
    >
      <Stack gap="xs" mt="xs">
        <Textarea
          label={t('mentoring.diary.feedbackLabel', {
            date: formatDate(entry.metOn, i18n.language),
          })}
          autosize
          minRows={2}
          maxLength={FEEDBACK_MAX}
          value={text}
          error={missing && !text.trim() ? t('validation.required') : undefined}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <ProblemAlert error={give.error} scope={SCOPE} />
        {give.isSuccess && (
          <Text size="sm" role="status" c="#1e6b30">
            {t('mentoring.diary.feedbackSent')}
          </Text>
        )}
        <Group>
          <Button type="submit" size="sm" variant="outline" color="blue.9" loading={give.isPending}>
            {t('mentoring.diary.sendFeedback')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
