import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentState, TrainingKind, TrainingStatus } from '../api/get-trainings';

/** Long translated labels wrap instead of being cut off on phones. */
const wrapping = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const statusColors: Record<TrainingStatus, string> = {
  DRAFT: 'gray.7',
  PUBLISHED: 'blue.8',
  COMPLETED: '#1e6b30',
  CANCELLED: 'red.9',
};

export function TrainingStatusBadge({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`trainings.status.${status}`)}
    </Badge>
  );
}

const kindColors: Record<TrainingKind, string> = {
  JOINT_SEMINAR: 'violet.8',
  MENTOR_PREPARATION: 'teal.9',
  SUPERVISION: 'indigo.8',
};

export function KindBadge({ kind }: { kind: TrainingKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kindColors[kind]} variant="filled" radius="sm" styles={wrapping}>
      {t(`trainings.kind.${kind}`)}
    </Badge>
  );
}

const stateColors: Record<EnrolmentState, string> = {
  REQUESTED: '#a63c06',
  CONFIRMED: '#1e6b30',
  WAITLISTED: '#a63c06',
  ATTENDED: 'teal.9',
  NO_SHOW: 'gray.8',
  CANCELLED: 'gray.7',
  DECLINED: 'red.9',
};

/** An enrolment's state; "my" adds a prefix so that lists say whose state it is. */
export function EnrolmentStateBadge({
  state,
  waitlistPosition,
  mine = false,
}: {
  state: EnrolmentState;
  waitlistPosition?: number;
  mine?: boolean;
}) {
  const { t } = useTranslation();
  const label =
    state === 'WAITLISTED' && waitlistPosition
      ? t('trainings.enrolment.waitlistedAt', { position: waitlistPosition })
      : t(`trainings.enrolmentState.${state}`);
  return (
    <Badge
      color={stateColors[state]}
      variant="filled"
      radius="sm"
      style={{ flexShrink: 0 }}
      styles={wrapping}
    >
      {mine ? t('trainings.enrolment.mine', { state: label }) : label}
    </Badge>
  );
}
