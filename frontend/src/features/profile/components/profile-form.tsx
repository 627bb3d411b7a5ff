import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemAlert } from '@/components/problem-alert';
import type { Me } from '@/lib/auth/get-me';
import { useUpdateMe } from '@/lib/auth/update-me';
import { setLanguage } from '@/lib/i18n/i18n';
import { languages } from '@/lib/i18n/languages';

const schema = z.object({
  displayName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  preferredLanguage: z.string().min(1, 'validation.required'),
});

type Values = z.infer<typeof schema>;

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: me.displayName, preferredLanguage: me.preferredLanguage },
  });

  const onSubmit = handleSubmit((values) =>
    update.mutate(
      { displayName: values.displayName.trim(), preferredLanguage: values.preferredLanguage },
      { onSuccess: (data) => void setLanguage(data.me.preferredLanguage) },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-form-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="profile-form-title">
          {t('profile.detailsTitle')}
        </Title>
        {update.isSuccess && (
          <Alert color="green" role="status">
            {t('profile.saved')}
          </Alert>
        )}
        {update.error?.status === 412 ? (
          <Alert color="red" role="alert" title={t('common.conflictTitle')}>
            {t('problems.precondition_failed')}
          </Alert>
        ) : (
          <ProblemAlert error={update.error} />
        )}
        <TextInput
          label={t('profile.displayName')}
          required
          autoComplete="name"
          error={errors.displayName?.message ? t(errors.displayName.message) : undefined}
          {...register('displayName')}
        />
        <NativeSelect
          label={t('profile.preferredLanguage')}
          data={languages.map((l) => ({ value: l.code, label: l.label }))}
          {...register('preferredLanguage')}
        />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
