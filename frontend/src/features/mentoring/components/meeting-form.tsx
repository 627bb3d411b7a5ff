import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Input,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormMessage } from '@/components/form-message';
import { ProblemAlert } from '@/components/problem-alert';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import type { ApiError } from '@/lib/api/problem';
import { todayIso } from '@/lib/format';
import { ACTIVITIES, MOODS, SCOPE, type DiaryEntryRequest } from '../api/types';
import { ChipFieldset } from './chip-fieldset';
import { formatDuration } from './labels';
import {
  daysBefore,
  DURATIONS,
  emptyMeeting,
  isMeetingField,
  LIMITS,
  MAX_DAYS_BACK,
  meetingSchema,
  toMeetingRequest,
  type MeetingFormValues,
} from './meeting-form-values';

const NO_ARRAYS: readonly string[] = ['activities'];

type Props = {
  childName: string;
  submitting: boolean;
  serverError: ApiError | null;
  onSubmit: (request: DiaryEntryRequest) => void;
  onCancel: () => void;
};

/**
 * Logs a meeting in a few taps: the day (today), a duration chip, activity chips, how it went (four
 * big buttons), an optional note, and a concern switch that asks for a description.
 */
export function MeetingForm({ childName, submitting, serverError, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const today = todayIso();
  const schema = useMemo(() => meetingSchema(today), [today]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MeetingFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyMeeting(today),
  });
  const concern = useWatch({ control, name: 'concern' });
  const unplaced = useServerFieldErrors({
    serverError,
    setError,
    arrays: NO_ARRAYS,
    isField: isMeetingField,
  });

  return (
    <form
      noValidate
      aria-label={t('mentoring.meeting.formLabel', { name: childName })}
      onSubmit={handleSubmit((values) => onSubmit(toMeetingRequest(values)))}
    >
      <Stack gap="md">
        <TextInput
          label={t('mentoring.meeting.metOn')}
          type="date"
          required
          min={daysBefore(today, MAX_DAYS_BACK)}
          max={today}
          error={message(errors.metOn?.message)}
          {...register('metOn')}
          w={{ base: '100%', xs: 220 }}
        />
        <Controller
          control={control}
          name="durationMinutes"
          render={({ field }) => (
            <ChipFieldset
              legend={t('mentoring.meeting.duration')}
              required
              options={DURATIONS.map((m) => ({
                value: String(m),
                label: formatDuration(m, i18n.language),
              }))}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={message(errors.durationMinutes?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="activities"
          render={({ field }) => (
            <ChipFieldset
              multiple
              legend={t('mentoring.meeting.activities')}
              options={ACTIVITIES.map((a) => ({ value: a, label: t(`mentoring.activities.${a}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              inputRef={field.ref}
              error={message(errors.activities?.message)}
            />
          )}
        />
        <TextInput
          label={t('mentoring.meeting.activityNote')}
          description={t('mentoring.form.optional')}
          maxLength={LIMITS.activityNote}
          error={message(errors.activityNote?.message)}
          {...register('activityNote')}
        />
        <Controller
          control={control}
          name="mood"
          render={({ field }) => (
            <Radio.Group
              label={t('mentoring.meeting.mood')}
              required
              value={field.value}
              onChange={field.onChange}
              error={message(errors.mood?.message)}
            >
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
                {MOODS.map((mood, index) => (
                  <Radio.Card
                    key={mood}
                    value={mood}
                    ref={index === 0 ? field.ref : undefined}
                    p="md"
                    radius="md"
                    style={{ minHeight: 64 }}
                  >
                    <Group wrap="nowrap" gap="xs" justify="center">
                      <Radio.Indicator aria-hidden="true" />
                      <Text fw={600}>{t(`mentoring.moods.${mood}`)}</Text>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t('mentoring.meeting.note')}
          description={t('mentoring.meeting.noteHint')}
          autosize
          minRows={2}
          maxLength={LIMITS.note}
          error={message(errors.note?.message)}
          {...register('note')}
        />
        <Controller
          control={control}
          name="concern"
          render={({ field }) => (
            <Switch
              label={t('mentoring.meeting.concern')}
              description={t('mentoring.meeting.concernHint')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              color="red"
              size="md"
            />
          )}
        />
        {concern && (
          <Stack gap="xs">
            <Alert color="orange" variant="light">
              {t('mentoring.meeting.concernInfo')}
            </Alert>
            <Textarea
              label={t('mentoring.meeting.concernText')}
              required
              autosize
              minRows={3}
              maxLength={LIMITS.concernText}
              error={message(errors.concernText?.message)}
              {...register('concernText')}
            />
          </Stack>
        )}
        <UnplacedFieldErrors errors={unplaced} />
        {serverError && serverError.status !== 400 && (
          <ProblemAlert error={serverError} scope={SCOPE} />
        )}
        {serverError?.status === 400 && unplaced.length === 0 && (
          <Input.Error role="alert">{t('problems.validation_failed')}</Input.Error>
        )}
        <Group gap="sm">
          <Button type="submit" size="md" loading={submitting}>
            {t('mentoring.meeting.save')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
