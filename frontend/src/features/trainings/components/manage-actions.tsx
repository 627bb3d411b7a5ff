import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { wrapButtonStyles } from '@/components/wrap-button';
import { lastSessionStarted, type Training } from '../api/get-training';
import { useTransitionTraining, type TrainingTransition } from '../api/transition-training';

/** Edit, publish, cancel and complete, as far as the caller may and the status allows. */
export function ManageActions({ training }: { training: Training }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const transition = useTransitionTraining();
  const [asking, setAsking] = useState<'cancel' | 'complete' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const manager = training.canManage;
  const open = training.status === 'DRAFT' || training.status === 'PUBLISHED';
  const held = lastSessionStarted(training);
  const canComplete = training.status === 'PUBLISHED' && (manager || training.isTrainer);

  if (!open || (!manager && !canComplete)) return null;

  const run = (step: TrainingTransition, why?: string) =>
    transition.mutate(
      { id: training.id, transition: step, reason: why },
      { onSuccess: () => setAsking(null) },
    );

  const confirm = () => {
    if (asking === 'cancel') {
      if (!reason.trim()) {
        setReasonError(t('validation.required'));
        return;
      }
      run('cancel', reason.trim());
    } else if (asking === 'complete') {
      run('complete');
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="manage-title">
      <Title order={2} size="h4" id="manage-title" mb="xs">
        {t('trainings.manage.title')}
      </Title>
      <Stack gap="sm">
        {manager && training.status === 'DRAFT' && (
          <Text size="sm">{t('trainings.manage.publishHelp')}</Text>
        )}
        {canComplete && (
          <Text size="sm">
            {held ? t('trainings.manage.completeHelp') : t('trainings.manage.completeLater')}
          </Text>
        )}
        {!asking && <ProblemAlert error={transition.error} scope="trainings" />}
        <Group gap="sm">
          {manager && (
            <LinkButton to={`/trainings/${training.id}/edit`} variant="outline">
              {t('common.edit')}
            </LinkButton>
          )}
          {manager && training.status === 'DRAFT' && (
            <Button
              styles={wrapButtonStyles}
              loading={transition.isPending && transition.variables?.transition === 'publish'}
              onClick={() => {
                transition.reset();
                run('publish');
              }}
            >
              {t('trainings.manage.publish')}
            </Button>
          )}
          {canComplete && (
            <Button
              styles={wrapButtonStyles}
              disabled={!held}
              onClick={() => {
                transition.reset();
                setAsking('complete');
              }}
            >
              {t('trainings.manage.complete')}
            </Button>
          )}
          {manager && (
            <Button
              color="red"
              variant="outline"
              styles={wrapButtonStyles}
              onClick={() => {
                transition.reset();
                setReason('');
                setReasonError(null);
                setAsking('cancel');
              }}
            >
              {t('trainings.manage.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`trainings.manage.${asking}Title`) : ''}
        confirmLabel={asking ? t(`trainings.manage.${asking}`) : ''}
        danger={asking === 'cancel'}
        loading={transition.isPending}
        onConfirm={confirm}
        fullScreen={phone}
      >
        <Text>{asking && t(`trainings.manage.${asking}Confirm`)}</Text>
        <ProblemAlert error={transition.error} scope="trainings" />
        {asking === 'cancel' && (
          <Textarea
            label={t('trainings.manage.reason')}
            required
            value={reason}
            maxLength={1000}
            autosize
            minRows={2}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
        )}
      </ConfirmModal>
    </Paper>
  );
}
