import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { wrapButtonStyles } from './wrap-button';

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  danger?: boolean;
  fullScreen?: boolean;
  /** What is asked, plus anything else the question needs (an error, a reason field). */
  children: ReactNode;
};

/** A question before an action that cannot simply be undone: the action, or cancel. */
export function ConfirmModal({
  opened,
  title,
  confirmLabel,
  onConfirm,
  onClose,
  loading = false,
  danger = false,
  fullScreen = false,
  children,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={fullScreen}
    >
      <Stack gap="md">
        {children}
        <Group gap="sm">
          <Button
            color={danger ? 'red' : undefined}
            styles={wrapButtonStyles}
            loading={loading}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
