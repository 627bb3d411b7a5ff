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
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormMessage } from '@/components/form-message';
import { FormSwitch } from '@/components/form-switch';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import type { ApiError } from '@/lib/api/problem';
import { languageChoices } from '@/lib/i18n/language-choices';
import type { HelpOfferKind } from '../api/get-help-offers';
import type { OrganisationOption } from '../api/get-organisation-options';
import {
  helpOfferSchema,
  isHelpOfferField,
  LIMITS,
  type HelpOfferFormValues,
} from './help-offer-form-values';

const ARRAYS = ['languages'];

type Props = {
  defaultValues: HelpOfferFormValues;
  /** The organisations the caller may choose; one and fixed for a professional */
  organisations: OrganisationOption[];
  organisationFixed: boolean;
  kinds: readonly HelpOfferKind[];
  submitting: boolean;
  serverError?: ApiError | null;
  submitLabel: string;
  onSubmit: (values: HelpOfferFormValues) => void;
  onCancel: () => void;
};

/** Publishes or changes a help offer: the same form for both. */
export function HelpOfferForm({
  defaultValues,
  organisations,
  organisationFixed,
  kinds,
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
    formState: { errors },
  } = useForm<HelpOfferFormValues>({ resolver: zodResolver(helpOfferSchema), defaultValues });
  const unplaced = useServerFieldErrors({
    serverError,
    setError,
    arrays: ARRAYS,
    isField: isHelpOfferField,
  });
  const fixedOrganisation = organisations.find((o) => o.id === defaultValues.organisationId);
  const canChooseMentoring = kinds.includes('MENTORING_PROGRAMME');

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="lg" maw={880}>
        <UnplacedFieldErrors errors={unplaced} />
        <Paper withBorder p="md" component="section" aria-labelledby="offer-about-title">
          <Title order={2} size="h4" id="offer-about-title" mb="sm">
            {t('helpOffers.form.aboutTitle')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('helpOffers.fields.name')}
              required
              maxLength={LIMITS.name}
              error={message(errors.name?.message)}
              {...register('name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('helpOffers.fields.kind')}
                required
                description={canChooseMentoring ? undefined : t('helpOffers.form.mentoringHint')}
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...kinds.map((k) => ({ value: k, label: t(`helpOffers.kinds.${k}`) })),
                ]}
                error={message(errors.kind?.message)}
                {...register('kind')}
              />
              {organisationFixed && fixedOrganisation ? (
                <div>
                  <Text size="sm" fw={500}>
                    {t('helpOffers.fields.organisation')}
                  </Text>
                  <Text mt={4} style={{ overflowWrap: 'anywhere' }}>
                    {fixedOrganisation.name}
                  </Text>
                </div>
              ) : (
                <NativeSelect
                  label={t('helpOffers.fields.organisation')}
                  required
                  data={[
                    { value: '', label: t('common.choose'), disabled: true },
                    ...organisations.map((o) => ({ value: o.id, label: o.name })),
                  ]}
                  error={message(errors.organisationId?.message)}
                  {...register('organisationId')}
                />
              )}
            </SimpleGrid>
            <Textarea
              label={t('helpOffers.fields.description')}
              required
              autosize
              minRows={3}
              maxLength={LIMITS.description}
              error={message(errors.description?.message)}
              {...register('description')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="offer-audience-title">
          <Title order={2} size="h4" id="offer-audience-title" mb="sm">
            {t('helpOffers.form.audienceTitle')}
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2 }}>
              <TextInput
                label={t('helpOffers.fields.minAge')}
                required
                type="number"
                inputMode="numeric"
                min={0}
                max={LIMITS.maxAge}
                error={message(errors.minAge?.message)}
                {...register('minAge')}
              />
              <TextInput
                label={t('helpOffers.fields.maxAge')}
                required
                type="number"
                inputMode="numeric"
                min={0}
                max={LIMITS.maxAge}
                error={message(errors.maxAge?.message)}
                {...register('maxAge')}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('helpOffers.fields.languages')}
                  description={t('helpOffers.form.languagesHint', { max: LIMITS.languages })}
                  required
                  value={field.value}
                  onChange={field.onChange}
                  error={message(errors.languages?.message)}
                >
                  <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} mt="xs" spacing="xs">
                    {languageChoices(i18n.language, defaultValues.languages).map((l) => (
                      <Checkbox key={l.value} value={l.value} label={l.label} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
            <TextInput
              label={t('helpOffers.fields.areaServed')}
              description={t('helpOffers.form.areaHint')}
              required
              maxLength={LIMITS.areaServed}
              error={message(errors.areaServed?.message)}
              {...register('areaServed')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="offer-contact-title">
          <Title order={2} size="h4" id="offer-contact-title" mb="sm">
            {t('helpOffers.form.contactTitle')}
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('helpOffers.fields.contactEmail')}
                type="email"
                autoComplete="email"
                maxLength={LIMITS.contactEmail}
                error={message(errors.contactEmail?.message)}
                {...register('contactEmail')}
              />
              <TextInput
                label={t('helpOffers.fields.contactPhone')}
                type="tel"
                autoComplete="tel"
                maxLength={LIMITS.contactPhone}
                error={message(errors.contactPhone?.message)}
                {...register('contactPhone')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('helpOffers.fields.capacity')}
                description={t('helpOffers.form.capacityHint')}
                type="number"
                inputMode="numeric"
                min={0}
                max={LIMITS.places}
                error={message(errors.capacity?.message)}
                {...register('capacity')}
              />
              <TextInput
                label={t('helpOffers.fields.waitingList')}
                description={t('helpOffers.form.waitingListHint')}
                required
                type="number"
                inputMode="numeric"
                min={0}
                max={LIMITS.places}
                error={message(errors.waitingList?.message)}
                {...register('waitingList')}
              />
            </SimpleGrid>
            <FormSwitch
              control={control}
              name="active"
              label={t('helpOffers.fields.active')}
              description={t('helpOffers.form.activeHint')}
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
