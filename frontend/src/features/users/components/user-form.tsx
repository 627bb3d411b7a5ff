import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, useWatch, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ROLES, roleLabel } from '@/components/labels';
import { fieldName, type ApiError } from '@/lib/api/problem';
import { languages } from '@/lib/i18n/languages';
import type { Region } from '@/lib/regions/get-regions';
import type { OrganisationOption } from '../api/get-organisation-options';
import type { User } from '../api/get-users';

const LANGUAGE_CODES = languages.map((l) => l.code) as [string, ...string[]];

const baseSchema = z.object({
  displayName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  preferredLanguage: z.enum(LANGUAGE_CODES, 'validation.required'),
  role: z.enum(ROLES, 'validation.required'),
  regionIds: z.array(z.string()),
  organisationId: z.string(),
  enabled: z.boolean(),
});

/** The contract's rules for regions and organisation by role (the server checks them again). */
function checkRoleRules(
  v: { role: string; regionIds: string[]; organisationId: string },
  ctx: z.RefinementCtx,
) {
  if (v.role === 'COORDINATOR' && v.regionIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['regionIds'], message: 'validation.regionRequired' });
  if (v.role === 'MENTOR' && v.regionIds.length !== 1)
    ctx.addIssue({ code: 'custom', path: ['regionIds'], message: 'validation.oneRegion' });
  if (v.role === 'ADMIN' && v.regionIds.length > 0)
    ctx.addIssue({ code: 'custom', path: ['regionIds'], message: 'validation.noRegionsForAdmin' });
  if (v.role === 'PROFESSIONAL' && !v.organisationId)
    ctx.addIssue({
      code: 'custom',
      path: ['organisationId'],
      message: 'validation.organisationRequired',
    });
}

const createSchema = baseSchema
  .extend({
    email: z.email('validation.email').max(254, 'validation.tooLong'),
    initialPassword: z
      .string()
      .min(12, 'validation.passwordLength')
      .max(128, 'validation.passwordLength'),
  })
  .superRefine(checkRoleRules);

const editSchema = baseSchema
  .extend({ email: z.string(), initialPassword: z.string() })
  .superRefine(checkRoleRules);

export type UserFormValues = z.infer<typeof createSchema>;

export function toFormValues(user?: User): UserFormValues {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    preferredLanguage: user?.preferredLanguage ?? 'en',
    role: user?.role ?? 'PROFESSIONAL',
    regionIds: user?.regionIds ?? [],
    organisationId: user?.organisationId ?? '',
    enabled: user?.enabled ?? true,
    initialPassword: '',
  };
}

type Props = {
  mode: 'create' | 'edit';
  defaultValues: UserFormValues;
  regions: Region[];
  organisations: OrganisationOption[];
  submitting: boolean;
  /** A server error to show on the fields it names. */
  serverError?: ApiError | null;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
};

function applyServerErrors(
  error: ApiError,
  setError: UseFormSetError<UserFormValues>,
  t: (k: string) => string,
) {
  if (error.code === 'email_taken') {
    setError('email', { message: t('problems.email_taken') });
    return;
  }
  for (const e of error.fieldErrors) {
    const name = fieldName(e.field) as keyof UserFormValues;
    if (name in toFormValues()) setError(name, { message: e.message });
  }
}

export function UserForm({
  mode,
  defaultValues,
  regions,
  organisations,
  submitting,
  serverError,
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
  } = useForm<UserFormValues>({
    resolver: zodResolver(mode === 'create' ? createSchema : editSchema),
    defaultValues,
  });

  useEffect(() => {
    if (serverError) applyServerErrors(serverError, setError, t);
  }, [serverError, setError, t]);

  const message = (key?: string) => (key ? t(key) : undefined);
  const regionIds = useWatch({ control, name: 'regionIds' });
  const organisationChoices = organisations.filter(
    (o) => regionIds.length === 0 || regionIds.includes(o.regionId),
  );

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="md" maw={720}>
        {mode === 'create' && (
          <TextInput
            label={t('users.fields.email')}
            type="email"
            autoComplete="off"
            required
            error={message(errors.email?.message)}
            {...register('email')}
          />
        )}
        <TextInput
          label={t('users.fields.displayName')}
          required
          error={message(errors.displayName?.message)}
          {...register('displayName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('users.fields.role')}
            required
            data={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            error={message(errors.role?.message)}
            {...register('role')}
          />
          <NativeSelect
            label={t('users.fields.preferredLanguage')}
            required
            data={languages.map((l) => ({ value: l.code, label: l.label }))}
            error={message(errors.preferredLanguage?.message)}
            {...register('preferredLanguage')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="regionIds"
          render={({ field }) => (
            <Checkbox.Group
              label={t('users.fields.regions')}
              value={field.value}
              onChange={field.onChange}
              error={message(errors.regionIds?.message)}
            >
              <Stack gap="xs" mt="xs">
                {regions.map((r) => (
                  <Checkbox key={r.id} value={r.id} label={r.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <NativeSelect
          label={t('users.fields.organisation')}
          data={[
            { value: '', label: t('users.noOrganisation') },
            ...organisationChoices.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={message(errors.organisationId?.message)}
          {...register('organisationId')}
        />
        {mode === 'create' ? (
          <PasswordInput
            label={t('users.fields.initialPassword')}
            description={t('validation.passwordLength')}
            autoComplete="new-password"
            required
            error={message(errors.initialPassword?.message)}
            {...register('initialPassword')}
          />
        ) : (
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <Switch
                label={t('users.fields.enabled')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                name={field.name}
              />
            )}
          />
        )}
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
