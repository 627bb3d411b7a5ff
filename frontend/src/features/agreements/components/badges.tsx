import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../api/get-agreements';
import type { Health } from '../api/get-commitments';

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const statusColors: Record<AgreementStatus, string> = {
  DRAFT: 'gray.7',
  NEGOTIATION: 'blue.8',
  READY_FOR_SIGNATURE: 'violet.8',
  SIGNED: 'teal.9',
  ACTIVE: '#1e6b30',
  UNDER_REVIEW: '#a63c06',
  RENEWED: 'gray.8',
  TERMINATED: 'red.9',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="filled" radius="sm" style={{ flexShrink: 0 }}>
      {t(`agreements.status.${status}`)}
    </Badge>
  );
}

const healthColors: Record<Health, string> = {
  NOT_STARTED: 'gray.7',
  ON_TRACK: '#1e6b30',
  DUE_SOON: '#a63c06',
  OVERDUE: 'red.9',
};

export function HealthBadge({ health }: { health: Health }) {
  const { t } = useTranslation();
  return (
    <Badge color={healthColors[health]} variant="filled" radius="sm" style={{ flexShrink: 0 }}>
      {t(`agreements.health.${health}`)}
    </Badge>
  );
}
