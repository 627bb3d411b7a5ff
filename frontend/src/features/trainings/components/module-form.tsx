import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  useController,
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSwitch } from '@/components/form-switch';
import { z } from 'zod';
import { useFormMessage } from '@/components/form-message';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import type { ApiError } from '@/lib/api/problem';
import type { Region } from '@/lib/regions/get-regions';
import type { TrainingModuleInput } from '../api/create-training-module';
import type { TrainingModule } from '../api/get-training-modules';

export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;
export const MAX_QUESTIONS = 50;

const questionSchema = z
  .object({
    text: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
    options: z
      .array(
        z.object({
          value: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
        }),
      )
      .min(MIN_OPTIONS, 'trainings.validation.options')
      .max(MAX_OPTIONS, 'trainings.validation.options'),
    correctOption: z.string().regex(/^\d+$/, 'trainings.validation.correctOption'),
  })
  .refine((q) => Number(q.correctOption) < q.options.length, {
    path: ['correctOption'],
    message: 'trainings.validation.correctOption',
  });

const schema = z.object({
  regionId: z.string(),
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  objectives: z.string().trim().max(4000, 'validation.tooLong'),
  durationMinutes: z
    .string()
    .trim()
    .regex(/^\d+$/, 'trainings.validation.duration')
    .refine((v) => Number(v) >= 1 && Number(v) <= 6000, 'trainings.validation.duration'),
  archived: z.boolean(),
  questions: z.array(questionSchema).max(MAX_QUESTIONS, 'trainings.validation.questions'),
});

export type ModuleFormValues = z.infer<typeof schema>;
type QuestionValues = ModuleFormValues['questions'][number];

const emptyQuestion = (): QuestionValues => ({
  text: '',
  options: [{ value: '' }, { value: '' }],
  correctOption: '',
});

export function toModuleFormValues(module?: TrainingModule, regionId = ''): ModuleFormValues {
  return {
    regionId: module?.regionId ?? regionId,
    title: module?.title ?? '',
    objectives: module?.objectives ?? '',
    durationMinutes: String(module?.durationMinutes ?? 90),
    archived: module?.archived ?? false,
    questions: (module?.questions ?? []).map((q) => ({
      text: q.text,
      options: q.options.map((value) => ({ value })),
      correctOption: q.correctOption === undefined ? '' : String(q.correctOption),
    })),
  };
}

export function toModuleRequest(
  values: ModuleFormValues,
  mode: 'create' | 'edit',
): TrainingModuleInput {
  return {
    ...(mode === 'create' && values.regionId ? { regionId: values.regionId } : {}),
    title: values.title.trim(),
    objectives: values.objectives.trim(),
    durationMinutes: Number(values.durationMinutes),
    archived: values.archived,
    questions: values.questions.map((q) => ({
      text: q.text.trim(),
      options: q.options.map((o) => o.value.trim()),
      correctOption: Number(q.correctOption),
    })),
  };
}

const FIELDS = [
  /^(regionId|title|objectives|durationMinutes|archived|questions)$/,
  /^questions\.\d+\.(text|options|correctOption)$/,
  /^questions\.\d+\.options\.\d+\.value$/,
];
const isModuleField = (path: string) => FIELDS.some((f) => f.test(path));
const ARRAYS = ['questions', 'options'];

type Props = {
  mode: 'create' | 'edit';
  defaultValues: ModuleFormValues;
  regions: Region[];
  submitting: boolean;
  serverError?: ApiError | null;
  onSubmit: (values: ModuleFormValues) => void;
  onCancel: () => void;
};

/** A module of the training concept with its knowledge-test questions. */
export function ModuleForm({
  mode,
  defaultValues,
  regions,
  submitting,
  serverError,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ModuleFormValues>({ resolver: zodResolver(schema), defaultValues });
  const questions = useFieldArray({ control, name: 'questions' });
  const unplaced = useServerFieldErrors({
    serverError,
    setError,
    arrays: ARRAYS,
    isField: isModuleField,
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="lg" maw={880}>
        <UnplacedFieldErrors errors={unplaced} />
        <Paper withBorder p="md" component="section" aria-labelledby="module-basics-title">
          <Title order={2} size="h4" id="module-basics-title" mb="sm">
            {t('trainings.modules.basicsTitle')}
          </Title>
          <Stack gap="sm">
            {mode === 'create' && regions.length > 1 && (
              <NativeSelect
                label={t('trainings.fields.region')}
                required
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...regions.map((r) => ({ value: r.id, label: r.name })),
                ]}
                error={message(errors.regionId?.message)}
                {...register('regionId')}
              />
            )}
            <TextInput
              label={t('trainings.fields.title')}
              required
              maxLength={200}
              error={message(errors.title?.message)}
              {...register('title')}
            />
            <Textarea
              label={t('trainings.modules.objectives')}
              autosize
              minRows={3}
              maxLength={4000}
              error={message(errors.objectives?.message)}
              {...register('objectives')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('trainings.modules.duration')}
                required
                type="number"
                inputMode="numeric"
                min={1}
                max={6000}
                error={message(errors.durationMinutes?.message)}
                {...register('durationMinutes')}
              />
            </SimpleGrid>
            <FormSwitch
              control={control}
              name="archived"
              label={t('trainings.modules.archived')}
              description={t('trainings.modules.archivedHelp')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="module-questions-title">
          <Title order={2} size="h4" id="module-questions-title" mb="xs">
            {t('trainings.modules.questionsTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('trainings.modules.questionsHelp')}
          </Text>
          {errors.questions?.message && (
            <Text c="red.9" size="sm" role="alert" mb="sm">
              {message(errors.questions.message)}
            </Text>
          )}
          <Stack gap="md">
            {questions.fields.map((field, index) => (
              <QuestionEditor
                key={field.id}
                index={index}
                control={control}
                register={register}
                errors={errors}
                onRemove={() => questions.remove(index)}
              />
            ))}
          </Stack>
          {questions.fields.length < MAX_QUESTIONS && (
            <Button mt="sm" variant="outline" onClick={() => questions.append(emptyQuestion())}>
              {t('trainings.modules.addQuestion')}
            </Button>
          )}
        </Paper>

        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? t('common.create') : t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type QuestionProps = {
  index: number;
  control: Control<ModuleFormValues>;
  register: UseFormRegister<ModuleFormValues>;
  errors: FieldErrors<ModuleFormValues>;
  onRemove: () => void;
};

function QuestionEditor({ index, control, register, errors, onRemove }: QuestionProps) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  const correct = useController({ control, name: `questions.${index}.correctOption` });
  const values = useWatch({ control, name: `questions.${index}.options` });
  const e = errors.questions?.[index];
  const n = index + 1;

  return (
    <Paper withBorder p="sm" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} px={4}>
        {t('trainings.modules.questionN', { number: n })}
      </Text>
      <Stack gap="sm">
        <Textarea
          label={t('trainings.modules.questionText')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          error={message(e?.text?.message)}
          {...register(`questions.${index}.text`)}
        />
        {options.fields.map((option, optionIndex) => (
          <Group key={option.id} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              label={t('trainings.modules.optionN', { number: optionIndex + 1 })}
              required
              maxLength={300}
              error={message(e?.options?.[optionIndex]?.value?.message)}
              {...register(`questions.${index}.options.${optionIndex}.value`)}
            />
            {options.fields.length > MIN_OPTIONS && (
              <Button
                variant="outline"
                color="red"
                size="sm"
                aria-label={t('trainings.modules.removeOption', {
                  option: optionIndex + 1,
                  question: n,
                })}
                onClick={() => {
                  // The right answer keeps pointing at the same option text.
                  const current = correct.field.value === '' ? -1 : Number(correct.field.value);
                  options.remove(optionIndex);
                  if (current === optionIndex) correct.field.onChange('');
                  else if (current > optionIndex) correct.field.onChange(String(current - 1));
                }}
              >
                ✕
              </Button>
            )}
          </Group>
        ))}
        {e?.options?.message && (
          <Text c="red.9" size="sm">
            {message(e.options.message)}
          </Text>
        )}
        {options.fields.length < MAX_OPTIONS && (
          <Group>
            <Button size="xs" variant="outline" onClick={() => options.append({ value: '' })}>
              {t('trainings.modules.addOption')}
            </Button>
          </Group>
        )}
        <Radio.Group
          label={t('trainings.modules.correctOption')}
          required
          value={correct.field.value}
          onChange={correct.field.onChange}
          error={message(e?.correctOption?.message)}
        >
          <Group gap="md" mt="xs">
            {(values ?? []).map((o, optionIndex) => (
              <Radio
                key={optionIndex}
                value={String(optionIndex)}
                label={
                  o.value.trim()
                    ? `${optionIndex + 1}. ${o.value}`
                    : t('trainings.modules.optionN', { number: optionIndex + 1 })
                }
              />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button size="xs" variant="outline" color="red" onClick={onRemove}>
            {t('trainings.modules.removeQuestion', { number: n })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
