import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldName } from '@/lib/api/problem';
import { useChangePassword } from '../api/change-password';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: z
      .string()
      .min(12, 'validation.passwordLength')
      .max(128, 'validation.passwordLength'),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: 'validation.passwordsDiffer',
    path: ['confirmPassword'],
  });

type Values = z.infer<typeof schema>;

const empty: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });

  const onSubmit = handleSubmit((values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => reset(empty),
        onError: (error) => {
          if (error.code === 'wrong_current_password') {
            setError('currentPassword', { message: t('problems.wrong_current_password') });
            return;
          }
          if (error.code === 'password_too_common') {
            setError('newPassword', { message: t('problems.password_too_common') });
          }
          for (const e of error.fieldErrors) {
            const name = fieldName(e.field);
            if (name === 'newPassword' || name === 'currentPassword') {
              setError(name, { message: e.message });
            }
          }
        },
      },
    ),
  );

  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-form-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="password-form-title">
          {t('profile.passwordTitle')}
        </Title>
        {change.isSuccess && (
          <Alert color="green" role="status">
            {t('profile.passwordChanged')}
          </Alert>
        )}
        <ProblemAlert error={change.error} />
        <PasswordInput
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          required
          error={message(errors.currentPassword?.message)}
          {...register('currentPassword')}
        />
        <PasswordInput
          label={t('profile.newPassword')}
          description={t('validation.passwordLength')}
          autoComplete="new-password"
          required
          error={message(errors.newPassword?.message)}
          {...register('newPassword')}
        />
        <PasswordInput
          label={t('profile.confirmPassword')}
          autoComplete="new-password"
          required
          error={message(errors.confirmPassword?.message)}
          {...register('confirmPassword')}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('profile.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
