import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CommitmentInput } from '../api/create-commitment';
import {
  COMMITMENT_TYPES,
  FREQUENCY_UNITS,
  type Commitment,
  type CommitmentType,
  type FrequencyUnit,
} from '../api/get-commitments';

const schema = z.object({
  type: z.enum(COMMITMENT_TYPES as [CommitmentType, ...CommitmentType[]]),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  frequencyUnit: z.enum(FREQUENCY_UNITS as [FrequencyUnit, ...FrequencyUnit[]]),
  frequencyValue: z
    .string()
    .trim()
    .regex(/^\d+$/, 'agreements.validation.frequency')
    .refine((v) => Number(v) >= 1 && Number(v) <= 52, 'agreements.validation.frequency'),
  responsibleOrganisationId: z.string().min(1, 'validation.required'),
  startsOn: z.string(),
});
type Values = z.infer<typeof schema>;

type Props = {
  parties: { organisationId: string; organisationName: string }[];
  commitment?: Commitment;
  submitting: boolean;
  onSubmit: (input: CommitmentInput) => void;
  onCancel: () => void;
};

export function CommitmentForm({ parties, commitment, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      type: commitment?.type ?? 'CASE_DISCUSSION',
      title: commitment?.title ?? '',
      frequencyUnit: commitment?.frequencyUnit ?? 'WEEKS',
      frequencyValue: String(commitment?.frequencyValue ?? 8),
      responsibleOrganisationId:
        commitment?.responsibleOrganisationId ?? parties[0]?.organisationId ?? '',
      startsOn: commitment?.startsOn ?? '',
    },
  });
  const message = (key?: string) => (key ? t(key) : undefined);
  const label = commitment
    ? t('agreements.commitments.editTitle', { title: commitment.title })
    : t('agreements.commitments.add');

  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={handleSubmit((v) =>
        onSubmit({
          type: v.type,
          title: v.title.trim(),
          frequencyUnit: v.frequencyUnit,
          frequencyValue: Number(v.frequencyValue),
          responsibleOrganisationId: v.responsibleOrganisationId,
          ...(v.startsOn ? { startsOn: v.startsOn } : {}),
        }),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('agreements.commitments.type')}
            required
            data={COMMITMENT_TYPES.map((c) => ({
              value: c,
              label: t(`agreements.commitmentTypes.${c}`),
            }))}
            {...register('type')}
          />
          <TextInput
            label={t('agreements.commitments.titleField')}
            required
            error={message(errors.title?.message)}
            {...register('title')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('agreements.commitments.frequencyUnit')}
            required
            data={FREQUENCY_UNITS.map((u) => ({
              value: u,
              label: t(`agreements.frequencyUnits.${u}`),
            }))}
            {...register('frequencyUnit')}
          />
          <TextInput
            label={t('agreements.commitments.frequencyValue')}
            required
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            error={message(errors.frequencyValue?.message)}
            {...register('frequencyValue')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('agreements.commitments.responsible')}
            required
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...parties.map((p) => ({ value: p.organisationId, label: p.organisationName })),
            ]}
            error={message(errors.responsibleOrganisationId?.message)}
            {...register('responsibleOrganisationId')}
          />
          <TextInput
            label={t('agreements.commitments.startsOn')}
            description={t('agreements.commitments.startsOnHelp')}
            type="date"
            {...register('startsOn')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
