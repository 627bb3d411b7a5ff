import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApiError } from '@/lib/api/problem';
import type { ActionInput, ReferralAction } from '../api/act-on-referral';
import { CLOSING_OUTCOMES, DECLINE_REASONS } from '../api/get-referrals';

type Props = {
  action: ReferralAction | null;
  onConfirm: (input: ActionInput) => void;
  onClose: () => void;
  loading: boolean;
  error: ApiError | null;
};

/**
 * Asks before a status change, with what it needs: a reason to decline, an outcome to close, and an
 * optional note for the referring professional.
 */
export function DecisionModal({ action, onConfirm, onClose, loading, error }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 30em)');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const needsReason = action === 'DECLINE' || action === 'CLOSE';
  const close = () => {
    setReason('');
    setNote('');
    setMissing(false);
    onClose();
  };
  if (!action) return null;
  return (
    <ConfirmModal
      opened
      fullScreen={phone}
      title={t(`referrals.actions.${action}`)}
      confirmLabel={t(`referrals.actions.${action}`)}
      danger={action === 'DECLINE' || action === 'WITHDRAW'}
      loading={loading}
      onClose={close}
      onConfirm={() => {
        if (needsReason && !reason) {
          setMissing(true);
          return;
        }
        onConfirm({
          declineReason:
            action === 'DECLINE' ? (reason as ActionInput['declineReason']) : undefined,
          outcome: action === 'CLOSE' ? (reason as ActionInput['outcome']) : undefined,
          note: note.trim() || undefined,
        });
      }}
    >
      <Text size="sm">{t(`referrals.confirm.${action}`)}</Text>
      {needsReason && (
        <NativeSelect
          label={
            action === 'DECLINE'
              ? t('referrals.fields.declineReason')
              : t('referrals.fields.outcome')
          }
          required
          data={[
            { value: '', label: t('common.choose'), disabled: true },
            ...(action === 'DECLINE' ? DECLINE_REASONS : CLOSING_OUTCOMES).map((v) => ({
              value: v,
              label: t(`referrals.reasons.${v}`),
            })),
          ]}
          value={reason}
          error={missing && !reason ? t('validation.required') : undefined}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      <Textarea
        label={t('referrals.fields.note')}
        description={t('referrals.form.noteHint')}
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <ProblemAlert error={error} scope="referrals" />
    </ConfirmModal>
  );
}
