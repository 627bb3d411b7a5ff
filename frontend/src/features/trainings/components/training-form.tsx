import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSwitch } from '@/components/form-switch';
import { useFormMessage } from '@/components/form-message';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import { roleLabel } from '@/components/labels';
import type { ApiError } from '@/lib/api/problem';
import { languageName } from '@/lib/i18n/language-name';
import type { Region } from '@/lib/regions/get-regions';
import type { Person } from '../api/get-region-people';
import type { TrainingModule } from '../api/get-training-modules';
import { TRAINING_KINDS } from '../api/get-trainings';
import { formatMinutes, TRAINING_LANGUAGES } from './labels';
import {
  emptySession,
  isTrainingField,
  trainingSchema,
  type TrainingFormValues,
} from './training-form-values';

const ARRAYS = ['sessions', 'moduleIds', 'trainerIds'];

type Props = {
  mode: 'create' | 'edit';
  defaultValues: TrainingFormValues;
  /** Regions to choose from on creation (only when there are several) */
  regions: Region[];
  /** Active modules of the region, plus the programme's own (which may be archived since) */
  modules: Pick<TrainingModule, 'id' | 'title' | 'durationMinutes'>[];
  trainers: Person[];
  /** The region changed on creation: modules and trainers are those of the new region. */
  onRegionChange?: (regionId: string) => void;
  submitting: boolean;
  serverError?: ApiError | null;
  submitLabel: string;
  onSubmit: (values: TrainingFormValues) => void;
  onCancel: () => void;
};

export function TrainingForm({
  mode,
  defaultValues,
  regions,
  modules,
  trainers,
  onRegionChange,
  submitting,
  serverError,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors },
  } = useForm<TrainingFormValues>({
    resolver: zodResolver(trainingSchema),
    defaultValues,
  });
  const sessions = useFieldArray({ control, name: 'sessions', keyName: 'key' });
  const kind = useWatch({ control, name: 'kind' });
  const message = useFormMessage();
  const unplaced = useServerFieldErrors({
    serverError,
    setError,
    arrays: ARRAYS,
    isField: isTrainingField,
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="lg" maw={880}>
        <UnplacedFieldErrors errors={unplaced} />
        <Paper withBorder p="md" component="section" aria-labelledby="form-basics-title">
          <Title order={2} size="h4" id="form-basics-title" mb="sm">
            {t('trainings.form.basicsTitle')}
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
                {...register('regionId', {
                  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                    setValue('moduleIds', []);
                    setValue('trainerIds', []);
                    onRegionChange?.(e.target.value);
                  },
                })}
              />
            )}
            {mode === 'create' ? (
              <NativeSelect
                label={t('trainings.fields.kind')}
                required
                data={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kind.${k}`) }))}
                description={t(`trainings.form.audience.${kind}`)}
                {...register('kind')}
              />
            ) : (
              <Text size="sm">
                <Text component="span" fw={600} size="sm">
                  {t('trainings.fields.kind')}:
                </Text>{' '}
                {t(`trainings.kind.${kind}`)}
              </Text>
            )}
            <TextInput
              label={t('trainings.fields.title')}
              required
              maxLength={200}
              error={message(errors.title?.message)}
              {...register('title')}
            />
            <Textarea
              label={t('trainings.fields.description')}
              autosize
              minRows={3}
              maxLength={4000}
              error={message(errors.description?.message)}
              {...register('description')}
            />
            <NativeSelect
              label={t('trainings.fields.language')}
              required
              data={TRAINING_LANGUAGES.map((code) => ({
                value: code,
                label: languageName(code, i18n.language),
              }))}
              error={message(errors.language?.message)}
              {...register('language')}
              w={{ base: '100%', xs: 260 }}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="form-enrolment-title">
          <Title order={2} size="h4" id="form-enrolment-title" mb="sm">
            {t('trainings.form.enrolmentTitle')}
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('trainings.fields.capacity')}
                description={t('trainings.form.capacityHelp')}
                required
                type="number"
                inputMode="numeric"
                min={1}
                max={1000}
                error={message(errors.capacity?.message)}
                {...register('capacity')}
              />
              <TextInput
                label={t('trainings.fields.enrolmentDeadline')}
                description={t('trainings.form.deadlineHelp')}
                required
                type="datetime-local"
                error={message(errors.enrolmentDeadline?.message)}
                {...register('enrolmentDeadline')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {kind === 'JOINT_SEMINAR' && (
                <TextInput
                  label={t('trainings.fields.balanceMaxPercent')}
                  description={t('trainings.form.balanceHelp')}
                  required
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  rightSection="%"
                  error={message(errors.balanceMaxPercent?.message)}
                  {...register('balanceMaxPercent')}
                />
              )}
              <TextInput
                label={t('trainings.fields.minSessionsAttended')}
                description={t('trainings.form.sessionsRequiredHelp')}
                type="number"
                inputMode="numeric"
                min={1}
                max={50}
                error={message(errors.minSessionsAttended?.message)}
                {...register('minSessionsAttended')}
              />
            </SimpleGrid>
            <FormSwitch
              control={control}
              name="requiresApproval"
              label={t('trainings.fields.requiresApproval')}
              description={t('trainings.form.approvalHelp')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="form-sessions-title">
          <Title order={2} size="h4" id="form-sessions-title" mb="xs">
            {t('trainings.detail.sessionsTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('trainings.form.sessionsHelp')}
          </Text>
          {errors.sessions?.message && (
            <Text c="red.9" size="sm" role="alert" mb="sm">
              {message(errors.sessions.message)}
            </Text>
          )}
          <Stack gap="sm">
            {sessions.fields.map((field, index) => {
              const e = errors.sessions?.[index];
              const n = index + 1;
              return (
                <Paper
                  key={field.key}
                  withBorder
                  p="sm"
                  component="fieldset"
                  style={{ margin: 0, minWidth: 0 }}
                >
                  <Text component="legend" fw={600} px={4}>
                    {t('trainings.detail.sessionN', { number: n })}
                  </Text>
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        label={t('trainings.fields.startsAt')}
                        required
                        type="datetime-local"
                        error={message(e?.startsAt?.message)}
                        {...register(`sessions.${index}.startsAt`)}
                      />
                      <TextInput
                        label={t('trainings.fields.endsAt')}
                        required
                        type="datetime-local"
                        error={message(e?.endsAt?.message)}
                        {...register(`sessions.${index}.endsAt`)}
                      />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        label={t('trainings.fields.venue')}
                        maxLength={300}
                        error={message(e?.venue?.message)}
                        {...register(`sessions.${index}.venue`)}
                      />
                      <TextInput
                        label={t('trainings.fields.onlineUrl')}
                        type="url"
                        placeholder="https://"
                        maxLength={500}
                        error={message(e?.onlineUrl?.message)}
                        {...register(`sessions.${index}.onlineUrl`)}
                      />
                    </SimpleGrid>
                    {sessions.fields.length > 1 && (
                      <Group>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          onClick={() => sessions.remove(index)}
                        >
                          {t('trainings.form.removeSession', { number: n })}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
          <Button mt="sm" variant="outline" onClick={() => sessions.append(emptySession())}>
            {t('trainings.form.addSession')}
          </Button>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="form-programme-title">
          <Title order={2} size="h4" id="form-programme-title" mb="xs">
            {t('trainings.detail.programmeTitle')}
          </Title>
          <ProgrammePicker control={control} modules={modules} />
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="form-trainers-title">
          <Title order={2} size="h4" id="form-trainers-title" mb="xs">
            {t('trainings.detail.trainersTitle')}
          </Title>
          <Controller
            control={control}
            name="trainerIds"
            render={({ field }) => (
              <Checkbox.Group
                label={t('trainings.form.trainersLabel')}
                description={t('trainings.form.trainersHelp')}
                value={field.value}
                onChange={field.onChange}
                error={message(errors.trainerIds?.message)}
              >
                {trainers.length === 0 ? (
                  <Text size="sm" mt="xs">
                    {t('trainings.form.noTrainers')}
                  </Text>
                ) : (
                  <Stack gap="xs" mt="xs">
                    {trainers.map((p) => (
                      <Checkbox
                        key={p.id}
                        value={p.id}
                        label={`${p.displayName} (${roleLabel(t, p.role)})`}
                      />
                    ))}
                  </Stack>
                )}
              </Checkbox.Group>
            )}
          />
        </Paper>

        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type PickerProps = {
  control: Control<TrainingFormValues>;
  modules: Pick<TrainingModule, 'id' | 'title' | 'durationMinutes'>[];
};

/** The programme in order: modules are added from a select and moved or removed in the list. */
function ProgrammePicker({ control, modules }: PickerProps) {
  const { t } = useTranslation();
  const minutes = (value: number) =>
    formatMinutes(value, t('trainings.units.hours'), t('trainings.units.minutes'));
  return (
    <Controller
      control={control}
      name="moduleIds"
      render={({ field }) => {
        const chosen = field.value;
        const byId = new Map(modules.map((m) => [m.id, m]));
        const available = modules.filter((m) => !chosen.includes(m.id));
        const move = (index: number, delta: number) => {
          const next = [...chosen];
          const [item] = next.splice(index, 1);
          next.splice(index + delta, 0, item);
          field.onChange(next);
        };
        return (
          <Stack gap="sm">
            <Text size="sm">{t('trainings.form.programmeHelp')}</Text>
            {chosen.length === 0 ? (
              <Text size="sm">{t('trainings.detail.noProgramme')}</Text>
            ) : (
              <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {chosen.map((id, index) => {
                  const module = byId.get(id);
                  const title = module?.title ?? id;
                  return (
                    <Paper component="li" key={id} withBorder p="xs">
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: 1 }}>
                          {index + 1}. {title}
                          {module && ` (${minutes(module.durationMinutes)})`}
                        </Text>
                        <Group gap={4}>
                          <Button
                            size="compact-sm"
                            variant="default"
                            disabled={index === 0}
                            aria-label={t('trainings.form.moveUp', { title })}
                            onClick={() => move(index, -1)}
                          >
                            ↑
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            disabled={index === chosen.length - 1}
                            aria-label={t('trainings.form.moveDown', { title })}
                            onClick={() => move(index, 1)}
                          >
                            ↓
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="outline"
                            color="red"
                            aria-label={t('trainings.form.removeModule', { title })}
                            onClick={() => field.onChange(chosen.filter((m) => m !== id))}
                          >
                            {t('trainings.form.remove')}
                          </Button>
                        </Group>
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )}
            {available.length > 0 && (
              <NativeSelect
                label={t('trainings.form.addModule')}
                value=""
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  if (id) field.onChange([...chosen, id]);
                }}
                data={[
                  { value: '', label: t('trainings.form.chooseModule') },
                  ...available.map((m) => ({
                    value: m.id,
                    label: `${m.title} (${minutes(m.durationMinutes)})`,
                  })),
                ]}
                w={{ base: '100%', sm: 480 }}
              />
            )}
          </Stack>
        );
      }}
    />
  );
}
