import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { SurveyInput } from '../api/submit-survey';

export const SURVEY_ASPECTS = ['overall', 'content', 'trainers', 'organisation'] as const;
type Aspect = (typeof SURVEY_ASPECTS)[number];
export const COMMENT_MAX = 2000;

type Props = {
  submitting: boolean;
  submitError: unknown;
  done: boolean;
  onSubmit: (input: SurveyInput) => void;
  onCancel: () => void;
};

/** The satisfaction survey: four ratings from 1 (poor) to 5 (excellent) and an optional comment. */
export function SurveyForm({ submitting, submitError, done, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Partial<Record<Aspect, string>>>({});
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);

  if (done) {
    return (
      <Alert color="green" variant="light" role="status">
        {t('trainings.survey.thanks')}
      </Alert>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (SURVEY_ASPECTS.some((a) => !ratings[a])) return;
    onSubmit({
      overall: Number(ratings.overall),
      content: Number(ratings.content),
      trainers: Number(ratings.trainers),
      organisation: Number(ratings.organisation),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('trainings.survey.title')}>
      <Stack gap="md">
        {SURVEY_ASPECTS.map((aspect) => (
          <Radio.Group
            key={aspect}
            label={t(`trainings.survey.${aspect}`)}
            description={t('trainings.survey.scale')}
            required
            value={ratings[aspect] ?? null}
            onChange={(value) => setRatings((current) => ({ ...current, [aspect]: value }))}
            error={checked && !ratings[aspect] ? t('trainings.survey.chooseRating') : undefined}
          >
            <Group gap="md" mt="xs">
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} size="md" />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Textarea
          label={t('trainings.survey.comment')}
          description={t('trainings.survey.commentHelp', { max: COMMENT_MAX })}
          autosize
          minRows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <ProblemAlert error={submitError} scope="trainings" />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('trainings.survey.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
