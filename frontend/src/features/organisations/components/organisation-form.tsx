import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { HELP_SYSTEMS, helpSystemLabel } from '@/components/labels';
import type { Region } from '@/lib/regions/get-regions';
import type { OrganisationInput } from '../api/create-organisation';
import type { Organisation } from '../api/get-organisations';

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

const schema = z.object({
  regionId: z.string().min(1, 'validation.required'),
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  helpSystem: z.enum(HELP_SYSTEMS, 'validation.required'),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  contactEmail: z.union([
    z.literal(''),
    z.email('validation.email').max(254, 'validation.tooLong'),
  ]),
  contactPhone: optionalText(40).regex(/^[0-9+()./ -]*$/, 'validation.phone'),
  website: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .regex(/^(https?:\/\/\S+)?$/, 'validation.url'),
});

export type OrganisationFormValues = z.infer<typeof schema>;

export function toFormValues(organisation?: Organisation, regionId = ''): OrganisationFormValues {
  return {
    regionId: organisation?.regionId ?? regionId,
    name: organisation?.name ?? '',
    helpSystem: organisation?.helpSystem ?? 'ADDICTION_CARE',
    street: organisation?.street ?? '',
    postalCode: organisation?.postalCode ?? '',
    city: organisation?.city ?? '',
    contactEmail: organisation?.contactEmail ?? '',
    contactPhone: organisation?.contactPhone ?? '',
    website: organisation?.website ?? '',
  };
}

/** Empty optional fields are left out of the request. */
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toRequest(values: OrganisationFormValues): OrganisationInput {
  return {
    regionId: values.regionId,
    name: values.name.trim(),
    helpSystem: values.helpSystem,
    street: optional(values.street),
    postalCode: optional(values.postalCode),
    city: optional(values.city),
    contactEmail: optional(values.contactEmail),
    contactPhone: optional(values.contactPhone),
    website: optional(values.website),
  };
}

type Props = {
  defaultValues: OrganisationFormValues;
  regions: Region[];
  submitting: boolean;
  submitLabel: string;
  onSubmit: (values: OrganisationFormValues) => void;
  onCancel: () => void;
};

export function OrganisationForm({
  defaultValues,
  regions,
  submitting,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<OrganisationFormValues>({ resolver: zodResolver(schema), defaultValues });

  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="md" maw={720}>
        <TextInput
          label={t('organisations.fields.name')}
          required
          error={message(errors.name?.message)}
          {...register('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organisations.fields.region')}
            required
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...regions.map((r) => ({ value: r.id, label: r.name })),
            ]}
            error={message(errors.regionId?.message)}
            {...register('regionId')}
          />
          <NativeSelect
            label={t('organisations.fields.helpSystem')}
            required
            data={HELP_SYSTEMS.map((h) => ({ value: h, label: helpSystemLabel(t, h) }))}
            error={message(errors.helpSystem?.message)}
            {...register('helpSystem')}
          />
        </SimpleGrid>
        <TextInput
          label={t('organisations.fields.street')}
          autoComplete="street-address"
          error={message(errors.street?.message)}
          {...register('street')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisations.fields.postalCode')}
            autoComplete="postal-code"
            error={message(errors.postalCode?.message)}
            {...register('postalCode')}
          />
          <TextInput
            label={t('organisations.fields.city')}
            autoComplete="address-level2"
            error={message(errors.city?.message)}
            {...register('city')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisations.fields.contactEmail')}
            type="email"
            autoComplete="email"
            error={message(errors.contactEmail?.message)}
            {...register('contactEmail')}
          />
          <TextInput
            label={t('organisations.fields.contactPhone')}
            type="tel"
            autoComplete="tel"
            error={message(errors.contactPhone?.message)}
            {...register('contactPhone')}
          />
        </SimpleGrid>
        <TextInput
          label={t('organisations.fields.website')}
          type="url"
          autoComplete="url"
          placeholder="https://"
          error={message(errors.website?.message)}
          {...register('website')}
        />
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
