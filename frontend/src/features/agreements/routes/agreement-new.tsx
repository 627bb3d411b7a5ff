import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useCreateAgreement } from '../api/create-agreement';

const schema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  regionId: z.string(),
});
type Values = z.infer<typeof schema>;

export function AgreementNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const regions = useRegions();
  const create = useCreateAgreement();
  // Only a coordinator of several regions chooses; a professional's agreement is in their region.
  const regionChoices =
    me?.role === 'COORDINATOR' && me.regionIds.length > 1
      ? (regions.data ?? []).filter((r) => me.regionIds.includes(r.id))
      : [];
  const chooseRegion = regionChoices.length > 1;

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', regionId: '' },
  });

  const onSubmit = (values: Values) => {
    if (chooseRegion && !values.regionId) {
      setError('regionId', { message: 'validation.required' });
      return;
    }
    create.mutate(
      {
        title: values.title.trim(),
        ...(chooseRegion ? { regionId: values.regionId } : {}),
      },
      { onSuccess: (created) => void navigate(`/agreements/${created.id}`) },
    );
  };
  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <>
      <PageHeader title={t('agreements.newTitle')} />
      <ProblemAlert error={create.error} />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md" maw={720} mt="md">
          <Text>{t('agreements.newIntro')}</Text>
          <TextInput
            label={t('agreements.fields.title')}
            required
            error={message(errors.title?.message)}
            {...register('title')}
          />
          {chooseRegion && (
            <NativeSelect
              label={t('agreements.fields.region')}
              required
              data={[
                { value: '', label: t('common.choose'), disabled: true },
                ...regionChoices.map((r) => ({ value: r.id, label: r.name })),
              ]}
              error={message(errors.regionId?.message)}
              {...register('regionId')}
            />
          )}
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
            <Button variant="default" onClick={() => void navigate('/agreements')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
