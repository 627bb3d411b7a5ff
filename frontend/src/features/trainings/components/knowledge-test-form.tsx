import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { TestQuestion } from '../api/get-knowledge-test';
import type { TestScore } from '../api/get-my-enrolments';
import type { TestPhase, TestSubmission } from '../api/submit-test';

type Props = {
  phase: TestPhase;
  questions: TestQuestion[] | undefined;
  loadError: unknown;
  submitting: boolean;
  submitError: unknown;
  score: TestScore | undefined;
  onSubmit: (submission: TestSubmission) => void;
  onCancel: () => void;
};

/** The knowledge test: one radio group per question; every question needs an answer. */
export function KnowledgeTestForm({
  phase,
  questions,
  loadError,
  submitting,
  submitError,
  score,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);

  if (score) {
    return (
      <Alert color="green" variant="light" role="status" title={t(`trainings.tests.${phase}`)}>
        {t('trainings.tests.yourScore', {
          correct: score.correct,
          total: score.total,
          percent: score.percent,
        })}
      </Alert>
    );
  }
  if (loadError) return <ProblemAlert error={loadError} scope="trainings" />;
  if (!questions) return <Loading />;

  const missing = questions.filter((q) => answers[q.id] === undefined);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing.length > 0) return;
    onSubmit({
      phase,
      answers: questions.map((q) => ({ questionId: q.id, option: Number(answers[q.id]) })),
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t(`trainings.tests.${phase}`)}>
      <Stack gap="md">
        <Text size="sm">{t(`trainings.tests.${phase}Intro`)}</Text>
        {questions.map((question, index) => (
          <Radio.Group
            key={question.id}
            label={`${index + 1}. ${question.text}`}
            required
            value={answers[question.id] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
            error={
              checked && answers[question.id] === undefined
                ? t('trainings.tests.chooseAnswer')
                : undefined
            }
            styles={{ label: { whiteSpace: 'normal' } }}
          >
            <Stack gap="xs" mt="xs">
              {question.options.map((option, optionIndex) => (
                <Radio key={optionIndex} value={String(optionIndex)} label={option} size="md" />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        {checked && missing.length > 0 && (
          <Text c="red.9" size="sm" role="alert">
            {t('trainings.tests.unanswered', { count: missing.length })}
          </Text>
        )}
        <ProblemAlert error={submitError} scope="trainings" />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('trainings.tests.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
