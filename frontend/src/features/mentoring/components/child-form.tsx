import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import { useFormMessage } from '@/components/form-message';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import type { ApiError } from '@/lib/api/problem';
import { languageChoices } from '@/lib/i18n/language-choices';
import type { Region } from '@/lib/regions/get-regions';
import { GENDERS, INTERESTS, MENTOR_GENDERS, type ApplicationRegion } from '../api/types';
import { AvailabilityGrid } from './availability-grid';
import {
  birthYears,
  CHILD_LIMITS,
  childSchema,
  isChildField,
  type ChildFormValues,
} from './child-form-values';

const ARRAYS = ['languages', 'availability', 'interests'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type Props = {
  mode: 'create' | 'edit';
  defaultValues: ChildFormValues;
  /** The coordinator's regions (a choice only on creation, with several) */
  regions: Region[];
  /** Regions with their municipalities */
  municipalities: ApplicationRegion[];
  submitting: boolean;
  serverError?: ApiError | null;
  submitLabel: string;
  onSubmit: (values: ChildFormValues) => void;
  onCancel: () => void;
};

/** What matching needs to know about a child, in three parts: the child, home and time, wishes. */
export function ChildForm({
  mode,
  defaultValues,
  regions,
  municipalities,
  submitting,
  serverError,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors },
  } = useForm<ChildFormValues>({ resolver: zodResolver(childSchema), defaultValues });
  const regionId = useWatch({ control, name: 'regionId' });
  const municipality = useWatch({ control, name: 'municipality' });
  const unplaced = useServerFieldErrors({
    serverError,
    setError,
    arrays: ARRAYS,
    isField: isChildField,
  });
  const places = municipalities.find((r) => r.id === regionId)?.municipalities ?? [];
  const placeOptions =
    municipality && !places.includes(municipality) ? [municipality, ...places] : places;
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'long' }).format(new Date(2000, m - 1, 1));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="lg" maw={880}>
        <UnplacedFieldErrors errors={unplaced} />
        <Paper withBorder p="md" component="section" aria-labelledby="child-basics-title">
          <Title order={2} size="h4" id="child-basics-title" mb="sm">
            {t('mentoring.childForm.basicsTitle')}
          </Title>
          <Stack gap="sm">
            {mode === 'create' && regions.length > 1 && (
              <NativeSelect
                label={t('mentoring.fields.region')}
                required
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...regions.map((r) => ({ value: r.id, label: r.name })),
                ]}
                error={message(errors.regionId?.message)}
                {...register('regionId', { onChange: () => setValue('municipality', '') })}
              />
            )}
            <TextInput
              label={t('mentoring.fields.firstName')}
              description={t('mentoring.childForm.firstNameHint')}
              required
              autoComplete="off"
              maxLength={CHILD_LIMITS.firstName}
              error={message(errors.firstName?.message)}
              {...register('firstName')}
            />
            <SimpleGrid cols={{ base: 2 }}>
              <NativeSelect
                label={t('mentoring.fields.birthMonth')}
                required
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...MONTHS.map((m) => ({ value: String(m), label: monthName(m) })),
                ]}
                error={message(errors.birthMonth?.message)}
                {...register('birthMonth')}
              />
              <NativeSelect
                label={t('mentoring.fields.birthYear')}
                required
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...birthYears().map((y) => String(y)),
                ]}
                error={message(errors.birthYear?.message)}
                {...register('birthYear')}
              />
            </SimpleGrid>
            <NativeSelect
              label={t('mentoring.fields.gender')}
              required
              data={[
                { value: '', label: t('common.choose'), disabled: true },
                ...GENDERS.map((g) => ({ value: g, label: t(`mentoring.genders.${g}`) })),
              ]}
              error={message(errors.gender?.message)}
              {...register('gender')}
              w={{ base: '100%', xs: 280 }}
            />
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <ChoiceFieldset
                  multiple
                  required
                  legend={t('mentoring.fields.languages')}
                  options={languageChoices(i18n.language, field.value)}
                  cols={{ base: 2, xs: 3, sm: 4 }}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                  error={message(errors.languages?.message)}
                />
              )}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="child-home-title">
          <Title order={2} size="h4" id="child-home-title" mb="sm">
            {t('mentoring.childForm.homeTitle')}
          </Title>
          <Stack gap="sm">
            <NativeSelect
              label={t('mentoring.fields.municipality')}
              description={t('mentoring.childForm.municipalityHint')}
              required
              data={[{ value: '', label: t('common.choose'), disabled: true }, ...placeOptions]}
              error={message(errors.municipality?.message)}
              {...register('municipality')}
              w={{ base: '100%', xs: 320 }}
            />
            <Controller
              control={control}
              name="availability"
              render={({ field }) => (
                <AvailabilityGrid
                  legend={t('mentoring.fields.availability')}
                  description={t('mentoring.childForm.availabilityHint')}
                  required
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                  error={message(errors.availability?.message)}
                />
              )}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="child-wishes-title">
          <Title order={2} size="h4" id="child-wishes-title" mb="sm">
            {t('mentoring.childForm.wishesTitle')}
          </Title>
          <Stack gap="sm">
            <Controller
              control={control}
              name="interests"
              render={({ field }) => (
                <ChoiceFieldset
                  multiple
                  legend={t('mentoring.fields.interests')}
                  options={INTERESTS.map((i) => ({
                    value: i,
                    label: t(`mentoring.interests.${i}`),
                  }))}
                  cols={{ base: 2, sm: 3 }}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  inputRef={field.ref}
                  error={message(errors.interests?.message)}
                />
              )}
            />
            <NativeSelect
              label={t('mentoring.fields.preferredMentorGender')}
              data={[
                { value: '', label: t('mentoring.childForm.noPreference') },
                ...MENTOR_GENDERS.map((g) => ({ value: g, label: t(`mentoring.genders.${g}`) })),
              ]}
              error={message(errors.preferredMentorGender?.message)}
              {...register('preferredMentorGender')}
              w={{ base: '100%', xs: 280 }}
            />
          </Stack>
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
