import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { todayIso } from '@/lib/format';
import type { ActivityInput } from '../api/log-activity';

export const NOTES_MAX = 1000;

function schemaFor(today: string) {
  return z.object({
    heldOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.required')
      // ISO dates compare as strings.
      .refine((v) => v <= today, 'agreements.validation.notInFuture'),
    organisationIds: z.array(z.string()).min(1, 'agreements.validation.participants'),
    notes: z.string().max(NOTES_MAX, 'validation.tooLong'),
  });
}
type Values = z.infer<ReturnType<typeof schemaFor>>;

type Props = {
  commitmentTitle: string;
  parties: { organisationId: string; organisationName: string }[];
  submitting: boolean;
  onSubmit: (input: ActivityInput) => void;
  onCancel: () => void;
  today?: string;
};

/** Logs an activity held: date (not in the future), participating parties, short notes. */
export function ActivityForm({
  commitmentTitle,
  parties,
  submitting,
  onSubmit,
  onCancel,
  today = todayIso(),
}: Props) {
  const { t } = useTranslation();
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schemaFor(today)),
    defaultValues: { heldOn: today, organisationIds: [], notes: '' },
  });
  const message = (key?: string) => (key ? t(key) : undefined);
  const notes = useWatch({ control, name: 'notes' });

  return (
    <form
      noValidate
      aria-label={t('agreements.activities.formLabel', { title: commitmentTitle })}
      onSubmit={handleSubmit((v) =>
        onSubmit({
          heldOn: v.heldOn,
          organisationIds: v.organisationIds,
          ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
        }),
      )}
    >
      <Stack gap="sm">
        <TextInput
          label={t('agreements.activities.heldOn')}
          type="date"
          required
          max={today}
          error={message(errors.heldOn?.message)}
          {...register('heldOn')}
        />
        <Controller
          control={control}
          name="organisationIds"
          render={({ field }) => (
            <Checkbox.Group
              label={t('agreements.activities.participants')}
              required
              value={field.value}
              onChange={field.onChange}
              error={message(errors.organisationIds?.message)}
            >
              <Stack gap="xs" mt="xs">
                {parties.map((p) => (
                  <Checkbox
                    key={p.organisationId}
                    value={p.organisationId}
                    label={p.organisationName}
                    size="md"
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <Alert
          color="orange"
          variant="light"

          title={t('agreements.activities.privacyTitle')}
        >
          {t('agreements.activities.privacy')}
        </Alert>
        <Textarea
          label={t('agreements.activities.notes')}
          // Repeats the warning where a screen reader user lands, with the length so far.
          description={`${t('agreements.activities.privacyTitle')}. ${t(
            'agreements.activities.notesCount',
            { count: notes.length, max: NOTES_MAX },
          )}`}
          autosize
          minRows={3}
          error={message(errors.notes?.message)}
          {...register('notes')}
        />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('agreements.activities.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
