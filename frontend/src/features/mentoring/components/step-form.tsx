import { Button, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { todayIso } from '@/lib/format';
import type { ApiError } from '@/lib/api/problem';
import type { ScreeningStepInput } from '../api/record-screening-step';
import { SCOPE, type ScreeningStep } from '../api/types';

const NOTE_MAX = 1000;

type Props = {
  /** The steps that can be recorded now, the next one first. */
  steps: readonly ScreeningStep[];
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (input: ScreeningStepInput, reset: () => void) => void;
};

/** Records a screening step with a note; the certificate step needs the certificate's issue date. */
export function StepForm({ steps, submitting, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ScreeningStep>(steps[0]);
  const [note, setNote] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [missing, setMissing] = useState(false);
  const today = todayIso();
  const current = steps.includes(step) ? step : steps[0];
  const issueError =
    missing && current === 'CERTIFICATE' && !issuedOn
      ? t('validation.required')
      : issuedOn > today
        ? t('mentoring.validation.notInFuture')
        : undefined;
  const fieldError = error?.fieldErrors.find((e) => e.field.endsWith('certificateIssuedOn'));

  return (
    <form
      noValidate
      aria-labelledby="step-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (current === 'CERTIFICATE' && (!issuedOn || issuedOn > today)) {
          setMissing(true);
          return;
        }
        onSubmit(
          {
            step: current,
            note: note.trim() || undefined,
            certificateIssuedOn: current === 'CERTIFICATE' ? issuedOn : undefined,
          },
          () => {
            setNote('');
            setIssuedOn('');
            setMissing(false);
          },
        );
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          label={t('mentoring.volunteer.step')}
          required
          data={steps.map((s) => ({ value: s, label: t(`mentoring.steps.${s}`) }))}
          value={current}
          onChange={(e) => setStep(e.currentTarget.value as ScreeningStep)}
          w={{ base: '100%', xs: 280 }}
        />
        {current === 'CERTIFICATE' && (
          <TextInput
            type="date"
            label={t('mentoring.volunteer.certificateIssuedOn')}
            description={t('mentoring.volunteer.certificateHint')}
            required
            max={today}
            value={issuedOn}
            error={issueError ?? fieldError?.message}
            onChange={(e) => setIssuedOn(e.currentTarget.value)}
            w={{ base: '100%', xs: 280 }}
          />
        )}
        <Textarea
          label={t('mentoring.volunteer.note')}
          description={t('mentoring.form.optional')}
          autosize
          minRows={2}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ProblemAlert error={error} scope={SCOPE} />
        <div>
          <Button type="submit" loading={submitting}>
            {t('mentoring.volunteer.recordStep')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
