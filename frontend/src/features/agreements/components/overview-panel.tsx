import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { DetailList } from '@/components/detail-list';
import { MutationAlert } from '@/components/mutation-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { isOpen, type Agreement } from '../api/get-agreement';
import { useUpdateAgreement } from '../api/update-agreement';
import { LifecycleActions } from './lifecycle-actions';
import { StatusBadge } from './badges';

const schema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  referralResponseDays: z
    .string()
    .trim()
    .regex(/^\d+$/, 'agreements.validation.days')
    .refine((v) => Number(v) >= 1 && Number(v) <= 90, 'agreements.validation.days'),
  reviewDate: z.string(),
});
type Values = z.infer<typeof schema>;

type Props = { agreement: Agreement; regionName: string; onReload: () => void };

export function OverviewPanel({ agreement, regionName, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const open = isOpen(agreement.status);
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <DetailList
          items={[
            {
              label: t('agreements.fields.status'),
              value: <StatusBadge status={agreement.status} />,
            },
            {
              label: t('agreements.fields.currentVersion'),
              value:
                agreement.currentVersion > 0
                  ? t('agreements.versionN', { number: agreement.currentVersion })
                  : t('agreements.noVersionYet'),
            },
            {
              label: t('agreements.fields.signedVersion'),
              value:
                agreement.signedVersion &&
                `${t('agreements.versionN', { number: agreement.signedVersion })}, ${formatDateTime(agreement.signedAt, i18n.language)}`,
            },
            { label: t('agreements.fields.region'), value: regionName },
            {
              label: t('agreements.fields.reviewDate'),
              value: formatDate(agreement.reviewDate, i18n.language),
            },
            {
              label: t('agreements.fields.referralResponseDays'),
              value: t('agreements.days', { count: agreement.referralResponseDays }),
            },
            { label: t('agreements.fields.statusReason'), value: agreement.statusReason },
            {
              label: t('common.updatedAt'),
              value: formatDateTime(agreement.updatedAt, i18n.language),
            },
          ]}
        />
      </Paper>
      {agreement.successorId && (
        <Alert color="blue" title={t('agreements.renewedTitle')}>
          <Anchor component={Link} to={`/agreements/${agreement.successorId}`} underline="always">
            {t('agreements.openSuccessor')}
          </Anchor>
        </Alert>
      )}
      <LifecycleActions agreement={agreement} />
      {open && <DetailsForm key={agreement.version} agreement={agreement} onReload={onReload} />}
    </Stack>
  );
}

function DetailsForm({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateAgreement();
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: agreement.title,
      referralResponseDays: String(agreement.referralResponseDays),
      reviewDate: agreement.reviewDate ?? '',
    },
  });
  const message = (key?: string) => (key ? t(key) : undefined);

  const onSubmit = (values: Values) =>
    update.mutate({
      agreement,
      input: {
        title: values.title.trim(),
        referralResponseDays: Number(values.referralResponseDays),
        ...(values.reviewDate ? { reviewDate: values.reviewDate } : {}),
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agreement-details-title">
      <Title order={2} size="h4" id="agreement-details-title" mb="sm">
        {t('agreements.detailsTitle')}
      </Title>
      <MutationAlert
        error={update.error}
        onReload={() => {
          update.reset();
          onReload();
        }}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('agreements.fields.title')}
            required
            error={message(errors.title?.message)}
            {...register('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('agreements.fields.referralResponseDays')}
              description={t('agreements.referralResponseDaysHelp')}
              required
              type="number"
              inputMode="numeric"
              min={1}
              max={90}
              error={message(errors.referralResponseDays?.message)}
              {...register('referralResponseDays')}
            />
            <TextInput
              label={t('agreements.fields.reviewDate')}
              type="date"
              error={message(errors.reviewDate?.message)}
              {...register('reviewDate')}
            />
          </SimpleGrid>
          {agreement.status !== 'DRAFT' && (
            <Alert color="blue" variant="light">
              {agreement.status === 'READY_FOR_SIGNATURE'
                ? t('agreements.changeVoidsSignatures')
                : t('agreements.changeMakesVersion')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!isDirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
