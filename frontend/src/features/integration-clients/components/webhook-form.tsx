import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import { useFormMessage } from '@/components/form-message';
import { FormSwitch } from '@/components/form-switch';
import { UnplacedFieldErrors, useServerFieldErrors } from '@/components/server-field-errors';
import type { ApiError } from '@/lib/api/problem';
import type {
  WebhookSubscription,
  WebhookSubscriptionInput,
} from '../api/get-webhook-subscriptions';
import { EVENT_TYPE_SCOPES, EVENT_TYPES, eventTypeLabel, sortEventTypes } from './event-types';
import { scopeLabel } from './scopes';

export const MAX_URL_LENGTH = 2000;

/** An absolute http(s) address; the server decides the rest (https, no private networks). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(MAX_URL_LENGTH, 'validation.tooLong')
    .refine(isWebUrl, 'validation.url'),
  eventTypes: z.array(z.string()).min(1, 'webhooks.validation.eventTypes'),
  enabled: z.boolean(),
});

export type WebhookFormValues = z.infer<typeof schema>;

export function toWebhookFormValues(
  subscription?: Pick<WebhookSubscription, 'url' | 'eventTypes' | 'enabled'>,
): WebhookFormValues {
  return {
    url: subscription?.url ?? '',
    eventTypes: sortEventTypes(subscription?.eventTypes ?? []),
    enabled: subscription?.enabled ?? true,
  };
}

export function toWebhookRequest(values: WebhookFormValues): WebhookSubscriptionInput {
  return {
    url: values.url.trim(),
    eventTypes: sortEventTypes(values.eventTypes),
    enabled: values.enabled,
  };
}

const ARRAYS = ['eventTypes'];
const isField = (path: string) => path === 'url' || path === 'eventTypes';

type Props = {
  defaultValues: WebhookFormValues;
  /** The scopes the client holds: only the event types they open are offered. */
  clientScopes: readonly string[];
  /** Whether the form has the on/off switch (when changing a subscription). */
  withEnabled?: boolean;
  submitting: boolean;
  serverError?: ApiError | null;
  submitLabel: string;
  onSubmit: (values: WebhookFormValues) => void;
  onCancel?: () => void;
};

/** Where a client's events go and which: the same form to subscribe and to change. */
export function WebhookForm({
  defaultValues,
  clientScopes,
  withEnabled = false,
  submitting,
  serverError,
  submitLabel,
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
  } = useForm<WebhookFormValues>({ resolver: zodResolver(schema), defaultValues });
  const unplaced = useServerFieldErrors({ serverError, setError, arrays: ARRAYS, isField });

  // Offered: what the client's scopes allow, plus any chosen earlier whose scope it no longer holds.
  const offered = EVENT_TYPES.filter(
    (type) =>
      clientScopes.includes(EVENT_TYPE_SCOPES[type]) || defaultValues.eventTypes.includes(type),
  );
  const missingScopes = [...new Set(Object.values(EVENT_TYPE_SCOPES))].filter(
    (scope) => !clientScopes.includes(scope),
  );
  const hint = [
    t('webhooks.fields.eventTypesHint'),
    missingScopes.length > 0 &&
      t('webhooks.fields.moreScopes', {
        scopes: missingScopes.map((scope) => scopeLabel(t, scope)).join(', '),
      }),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="md" maw={720}>
        <UnplacedFieldErrors errors={unplaced} />
        <TextInput
          label={t('webhooks.fields.url')}
          description={t('webhooks.fields.urlHint')}
          placeholder="https://"
          required
          type="url"
          inputMode="url"
          autoComplete="off"
          maxLength={MAX_URL_LENGTH}
          error={message(errors.url?.message)}
          {...register('url')}
        />
        <Controller
          control={control}
          name="eventTypes"
          render={({ field }) => (
            <ChoiceFieldset
              multiple
              required
              legend={t('webhooks.fields.eventTypes')}
              description={hint}
              options={offered.map((type) => {
                const scope = EVENT_TYPE_SCOPES[type];
                const held = clientScopes.includes(scope);
                return {
                  value: type,
                  label: eventTypeLabel(t, type),
                  description: held
                    ? type
                    : t('webhooks.fields.scopeMissing', { scope: scopeLabel(t, scope) }),
                };
              })}
              value={field.value}
              onChange={(value) => field.onChange(sortEventTypes(value))}
              error={message(errors.eventTypes?.message)}
              inputRef={field.ref}
            />
          )}
        />
        {withEnabled && (
          <FormSwitch
            control={control}
            name="enabled"
            label={t('webhooks.fields.enabled')}
            description={t('webhooks.fields.enabledHint')}
          />
        )}
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
