import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import type { IntegrationClientInput } from '../api/create-integration-client';
import type { IntegrationClient } from '../api/get-integration-clients';
import type { IntegrationClientUpdate } from '../api/update-integration-client';
import type { OrganisationOption } from '../api/get-organisation-options';
import { CLIENT_SCOPES, scopeLabel, sortScopes } from './scopes';

export const DEFAULT_WRITES_PER_MINUTE = 120;

const schema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  organisationId: z.string(),
  scopes: z.array(z.enum(CLIENT_SCOPES)).min(1, 'integrationClients.validation.scopes'),
  writesPerMinute: z
    .string()
    .trim()
    .regex(/^\d+$/, 'integrationClients.validation.rate')
    .refine((v) => Number(v) >= 1 && Number(v) <= 10000, 'integrationClients.validation.rate'),
});

export type ClientFormValues = z.infer<typeof schema>;

export function toFormValues(client?: IntegrationClient, organisationId = ''): ClientFormValues {
  return {
    name: client?.name ?? '',
    organisationId: client?.organisationId ?? organisationId,
    scopes: sortScopes(client?.scopes ?? []),
    writesPerMinute: String(client?.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE),
  };
}

export function toCreateRequest(values: ClientFormValues): IntegrationClientInput {
  return {
    name: values.name.trim(),
    organisationId: values.organisationId,
    scopes: sortScopes(values.scopes),
    writesPerMinute: Number(values.writesPerMinute),
  };
}

export function toUpdateRequest(
  values: ClientFormValues,
  enabled: boolean,
): IntegrationClientUpdate {
  return {
    name: values.name.trim(),
    scopes: sortScopes(values.scopes),
    writesPerMinute: Number(values.writesPerMinute),
    enabled,
  };
}

type Props = {
  defaultValues: ClientFormValues;
  /** The organisations to choose from when registering; left out when editing. */
  organisations?: OrganisationOption[];
  submitting: boolean;
  submitLabel: string;
  onSubmit: (values: ClientFormValues) => void;
  onCancel?: () => void;
};

export function ClientForm({
  defaultValues,
  organisations,
  submitting,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ClientFormValues>({ resolver: zodResolver(schema), defaultValues });
  const message = (key?: string) => (key ? t(key) : undefined);

  const submit = (values: ClientFormValues) => {
    if (organisations && !values.organisationId) {
      setError('organisationId', { message: 'validation.organisationRequired' });
      return;
    }
    onSubmit(values);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <Stack gap="md" maw={720}>
        <TextInput
          label={t('integrationClients.fields.name')}
          description={t('integrationClients.fields.nameHint')}
          required
          error={message(errors.name?.message)}
          {...register('name')}
        />
        {organisations && (
          <NativeSelect
            label={t('integrationClients.fields.organisation')}
            required
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={message(errors.organisationId?.message)}
            {...register('organisationId')}
          />
        )}
        <Controller
          control={control}
          name="scopes"
          render={({ field }) => (
            <ChoiceFieldset
              multiple
              required
              legend={t('integrationClients.fields.scopes')}
              description={t('integrationClients.fields.scopesHint')}
              options={CLIENT_SCOPES.map((s) => ({
                value: s,
                label: scopeLabel(t, s),
                description: s,
              }))}
              value={field.value}
              onChange={(value) => field.onChange(sortScopes(value))}
              error={message(errors.scopes?.message)}
              inputRef={field.ref}
            />
          )}
        />
        <TextInput
          label={t('integrationClients.fields.writesPerMinute')}
          description={t('integrationClients.fields.writesPerMinuteHint')}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          w={{ base: '100%', xs: 240 }}
          error={message(errors.writesPerMinute?.message)}
          {...register('writesPerMinute')}
        />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
