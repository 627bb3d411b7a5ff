import { ConfirmModal } from '@/components/confirm-modal';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import type { Agreement } from '../api/get-agreement';
import {
  transitionsFrom,
  useTransitionAgreement,
  type Transition,
} from '../api/transition-agreement';

/** Steps that ask before they happen; terminate needs a reason. */
const confirmed: readonly Transition[] = ['reopen', 'renew', 'terminate'];

/** The lifecycle buttons allowed in the agreement's status, with their errors explained. */
import { wrapButtonStyles } from '@/components/wrap-button';
export function LifecycleActions({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const transition = useTransitionAgreement();
  const [asking, setAsking] = useState<Transition | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const actions = transitionsFrom[agreement.status];

  if (actions.length === 0) return null;

  const run = (step: Transition, why?: string) =>
    transition.mutate(
      { id: agreement.id, transition: step, reason: why?.trim() || undefined },
      {
        onSuccess: (result) => {
          setAsking(null);
          setReason('');
          if (step === 'renew' && result.successorId) {
            void navigate(`/agreements/${result.successorId}`);
          }
        },
      },
    );

  const start = (step: Transition) => {
    transition.reset();
    if (confirmed.includes(step)) {
      setReason('');
      setReasonError(null);
      setAsking(step);
    } else {
      run(step);
    }
  };

  const confirm = () => {
    if (asking === 'terminate' && reason.trim() === '') {
      setReasonError(t('validation.required'));
      return;
    }
    if (asking) run(asking, reason);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lifecycle-title">
      <Title order={2} size="h4" id="lifecycle-title" mb="xs">
        {t('agreements.lifecycle.title')}
      </Title>
      <Stack gap="sm">
        {actions.map((step) => (
          <Text size="sm" key={`${step}-help`}>
            {t(`agreements.lifecycle.${step}Help`)}
          </Text>
        ))}
        {!asking && <ProblemAlert error={transition.error} />}
        <Group gap="sm">
          {actions.map((step) => (
            <Button
              key={step}
              styles={wrapButtonStyles}
              color={step === 'terminate' ? 'red' : undefined}
              variant={step === 'terminate' || step === 'reopen' ? 'outline' : 'filled'}
              loading={transition.isPending && transition.variables?.transition === step}
              onClick={() => start(step)}
            >
              {t(`agreements.lifecycle.${step}`)}
            </Button>
          ))}
        </Group>
      </Stack>
      <ConfirmModal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`agreements.lifecycle.${asking}Title`) : ''}
        confirmLabel={asking ? t(`agreements.lifecycle.${asking}`) : ''}
        danger={asking === 'terminate'}
        loading={transition.isPending}
        onConfirm={confirm}
        fullScreen={phone}
      >
        <Text>{asking && t(`agreements.lifecycle.${asking}Confirm`)}</Text>
        <ProblemAlert error={transition.error} />
        <Textarea
          label={t('agreements.lifecycle.reason')}
          required={asking === 'terminate'}
          value={reason}
          maxLength={500}
          autosize
          minRows={2}
          error={reasonError}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
        />
      </ConfirmModal>
    </Paper>
  );
}
