import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { useFormMessage } from '@/components/form-message';
import { ProblemAlert } from '@/components/problem-alert';
import { useSetPassword } from '../api/set-password';
import { SCOPE } from '../api/types';
import { tokenFromHash } from '../components/password-link';
import { PublicPage } from '../components/public-page';

const schema = z
  .object({
    password: z.string().min(12, 'validation.passwordLength').max(128, 'validation.passwordLength'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, {
    message: 'validation.passwordsDiffer',
    path: ['confirm'],
  });

type Values = z.infer<typeof schema>;

/** Public: a new mentor sets their password through the one-time link, then signs in. */
export function SetPasswordRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const message = useFormMessage();
  // Read the token once, then take it out of the address bar and the history.
  const [token] = useState(() => tokenFromHash(location.hash));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);
  const setPassword = useSetPassword();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirm: '' },
  });

  const onSubmit = handleSubmit((values) =>
    setPassword.mutate(
      { token, password: values.password },
      {
        onError: (error) => {
          if (error.code === 'password_too_common') {
            setError('password', { message: t('problems.password_too_common') });
          }
          for (const e of error.fieldErrors) {
            if (e.field.endsWith('password')) setError('password', { message: e.message });
          }
        },
      },
    ),
  );
  const fieldProblem =
    setPassword.error?.code === 'password_too_common' ||
    (setPassword.error?.fieldErrors ?? []).some((e) => e.field.endsWith('password'));

  return (
    <PublicPage size={480}>
      <Title order={1} size="h2" mb="xs">
        {t('mentoring.setPassword.title')}
      </Title>
      {setPassword.isSuccess ? (
        <Stack gap="md">
          <Alert
            color="green"
            variant="light"
            role="status"
            title={t('mentoring.setPassword.doneTitle')}
          >
            {t('mentoring.setPassword.done')}
          </Alert>
          <Anchor component={Link} to="/login" underline="always">
            {t('mentoring.setPassword.toLogin')}
          </Anchor>
        </Stack>
      ) : !token ? (
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert">
            {t('mentoring.setPassword.noToken')}
          </Alert>
          <Anchor component={Link} to="/login" underline="always">
            {t('mentoring.setPassword.toLogin')}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Text size="sm" mb="md">
            {t('mentoring.setPassword.intro')}
          </Text>
          <form noValidate onSubmit={onSubmit} aria-label={t('mentoring.setPassword.title')}>
            <Stack gap="sm">
              <PasswordInput
                label={t('mentoring.setPassword.password')}
                description={t('validation.passwordLength')}
                required
                autoComplete="new-password"
                error={message(errors.password?.message)}
                {...register('password')}
              />
              <PasswordInput
                label={t('mentoring.setPassword.confirm')}
                required
                autoComplete="new-password"
                error={message(errors.confirm?.message)}
                {...register('confirm')}
              />
              {setPassword.error && !fieldProblem && (
                <ProblemAlert error={setPassword.error} scope={SCOPE} />
              )}
              <div>
                <Button type="submit" loading={setPassword.isPending}>
                  {t('mentoring.setPassword.submit')}
                </Button>
              </div>
            </Stack>
          </form>
          <Text size="sm" mt="md">
            <Anchor component={Link} to="/login" underline="always">
              {t('mentoring.setPassword.toLogin')}
            </Anchor>
          </Text>
        </>
      )}
    </PublicPage>
  );
}
