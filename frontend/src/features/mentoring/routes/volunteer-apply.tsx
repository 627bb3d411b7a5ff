import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import { useFormMessage } from '@/components/form-message';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import { languageChoices } from '@/lib/i18n/language-choices';
import { useApplyAsVolunteer } from '../api/apply-as-volunteer';
import { useApplicationRegions } from '../api/get-application-regions';
import { GENDERS, INTERESTS, SCOPE, type ApplicationRegion } from '../api/types';
import {
  APPLICATION_LIMITS,
  applicationSchema,
  emptyApplication,
  fieldOfProblem,
  isApplicationField,
  toApplicationRequest,
  type ApplicationFormValues,
} from '../components/application-form-values';
import { AvailabilityGrid } from '../components/availability-grid';
import { PublicPage } from '../components/public-page';

const ARRAYS = ['languages', 'availability', 'interests'];

/** Public: students apply to become a mentor; a thank-you replaces the form on 202. */
export function VolunteerApplyRoute() {
  const { t } = useTranslation();
  const regions = useApplicationRegions();
  const apply = useApplyAsVolunteer();

  return (
    <PublicPage size={760}>
      <Title order={1} size="h2" mb="xs">
        {t('mentoring.apply.title')}
      </Title>
      {apply.isSuccess ? (
        <Stack gap="md">
          <Alert
            color="green"
            variant="light"
            role="status"
            title={t('mentoring.apply.thanksTitle')}
          >
            {t('mentoring.apply.thanks')}
          </Alert>
          <Anchor component={Link} to="/login" underline="always">
            {t('mentoring.apply.toLogin')}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Text size="sm" mb="md">
            {t('mentoring.apply.intro')}
          </Text>
          {regions.isPending ? (
            <Loading />
          ) : regions.isError ? (
            <ProblemAlert error={regions.error} />
          ) : (
            <ApplicationForm regions={regions.data} apply={apply} />
          )}
          <Text size="sm" mt="md">
            <Anchor component={Link} to="/login" underline="always">
              {t('mentoring.apply.haveAccount')}
            </Anchor>
          </Text>
        </>
      )}
    </PublicPage>
  );
}

function ApplicationForm({
  regions,
  apply,
}: {
  regions: ApplicationRegion[];
  apply: ReturnType<typeof useApplyAsVolunteer>;
}) {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors },
  } = useForm<ApplicationFormValues>({
    resolver: zodResolver(applicationSchema),
    defaultValues: emptyApplication(regions.length === 1 ? regions[0].id : ''),
  });
  const regionId = useWatch({ control, name: 'regionId' });
  const region = regions.find((r) => r.id === regionId);
  const unplaced = useServerFieldErrors({
    serverError: apply.error,
    setError,
    arrays: ARRAYS,
    isField: isApplicationField,
  });
  const problemField = fieldOfProblem(apply.error?.code);

  // A refusal of the API (422) is shown at its field as well, in words that say what to change.
  useEffect(() => {
    if (problemField === 'birthDate') {
      setError(
        'birthDate',
        {
          message: t('mentoring.problems.age_out_of_range_at', {
            min: region?.minAge ?? 18,
            max: region?.maxAge ?? 30,
          }),
        },
        { shouldFocus: true },
      );
    } else if (problemField === 'consent') {
      setError('consent', { message: 'mentoring.validation.consent' }, { shouldFocus: true });
    }
  }, [problemField, apply.error, region?.minAge, region?.maxAge, setError, t]);

  return (
    <form
      noValidate
      aria-label={t('mentoring.apply.title')}
      onSubmit={handleSubmit((values) => apply.mutate(toApplicationRequest(values)))}
    >
      <Stack gap="md">
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('mentoring.fields.firstName')}
            required
            autoComplete="given-name"
            maxLength={APPLICATION_LIMITS.name}
            error={message(errors.firstName?.message)}
            {...register('firstName')}
          />
          <TextInput
            label={t('mentoring.fields.lastName')}
            required
            autoComplete="family-name"
            maxLength={APPLICATION_LIMITS.name}
            error={message(errors.lastName?.message)}
            {...register('lastName')}
          />
          <TextInput
            label={t('mentoring.fields.email')}
            required
            type="email"
            autoComplete="email"
            maxLength={APPLICATION_LIMITS.email}
            error={message(errors.email?.message)}
            {...register('email')}
          />
          <TextInput
            label={t('mentoring.fields.phone')}
            required
            type="tel"
            autoComplete="tel"
            maxLength={APPLICATION_LIMITS.phone}
            error={message(errors.phone?.message)}
            {...register('phone')}
          />
          <TextInput
            label={t('mentoring.fields.birthDate')}
            description={
              region
                ? t('mentoring.apply.ageRule', { min: region.minAge, max: region.maxAge })
                : undefined
            }
            required
            type="date"
            autoComplete="bday"
            error={message(errors.birthDate?.message)}
            {...register('birthDate')}
          />
          <NativeSelect
            label={t('mentoring.fields.gender')}
            required
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...GENDERS.map((g) => ({ value: g, label: t(`mentoring.genders.${g}`) })),
            ]}
            error={message(errors.gender?.message)}
            {...register('gender')}
          />
        </SimpleGrid>
        <TextInput
          label={t('mentoring.fields.studyProgramme')}
          required
          maxLength={APPLICATION_LIMITS.studyProgramme}
          error={message(errors.studyProgramme?.message)}
          {...register('studyProgramme')}
        />
        <NativeSelect
          label={t('mentoring.fields.municipality')}
          description={region ? undefined : t('mentoring.apply.regionFirst')}
          required
          disabled={!region}
          data={[
            { value: '', label: t('common.choose'), disabled: true },
            ...(region?.municipalities ?? []),
          ]}
          error={message(errors.municipality?.message)}
          {...register('municipality')}
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
        <Controller
          control={control}
          name="availability"
          render={({ field }) => (
            <AvailabilityGrid
              legend={t('mentoring.fields.availability')}
              description={t('mentoring.apply.availabilityHint')}
              required
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={message(errors.availability?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="interests"
          render={({ field }) => (
            <ChoiceFieldset
              multiple
              legend={t('mentoring.fields.interests')}
              options={INTERESTS.map((i) => ({ value: i, label: t(`mentoring.interests.${i}`) }))}
              cols={{ base: 2, sm: 3 }}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              inputRef={field.ref}
              error={message(errors.interests?.message)}
            />
          )}
        />
        <Textarea
          label={t('mentoring.fields.motivation')}
          description={t('mentoring.apply.motivationHint')}
          required
          autosize
          minRows={4}
          maxLength={APPLICATION_LIMITS.motivation}
          error={message(errors.motivation?.message)}
          {...register('motivation')}
        />
        <Controller
          control={control}
          name="consent"
          render={({ field }) => (
            <Checkbox
              label={t('mentoring.apply.consent')}
              required
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={message(errors.consent?.message)}
              aria-invalid={errors.consent ? true : undefined}
            />
          )}
        />
        <UnplacedFieldErrors errors={unplaced} />
        {apply.error && apply.error.status !== 400 && (
          <ProblemAlert error={apply.error} scope={SCOPE} />
        )}
        <div>
          <Button type="submit" size="md" loading={apply.isPending}>
            {t('mentoring.apply.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
