import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentoringStatus } from '../api/get-referral-mentoring';
import type { ReferralStatus, Urgency } from '../api/get-referrals';

/** Long translated labels wrap instead of being cut off on phones. */
const wrapping = {
  root: { height: 'auto', maxWidth: '100%', flexShrink: 0 },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const statusColors: Record<ReferralStatus, string> = {
  DRAFT: 'gray.7',
  SUBMITTED: 'blue.8',
  IN_REVIEW: 'indigo.8',
  ACCEPTED: '#1e6b30',
  WAITLISTED: '#a63c06',
  DECLINED: 'red.9',
  MATCHED: 'teal.9',
  SERVICE_STARTED: 'teal.9',
  CLOSED: 'gray.8',
  WITHDRAWN: 'gray.8',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}

const urgencyColors: Record<Urgency, string> = {
  ROUTINE: 'gray.7',
  PRIORITY: '#a63c06',
  URGENT: 'red.9',
};

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge color={urgencyColors[urgency]} variant="outline" radius="sm" styles={wrapping}>
      {t(`referrals.urgency.${urgency}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" radius="sm" styles={wrapping}>
      {t('referrals.overdue')}
    </Badge>
  );
}

export function DuplicateBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="violet.8" variant="filled" radius="sm" styles={wrapping}>
      {t('referrals.possibleDuplicate')}
    </Badge>
  );
}

const mentoringColors: Record<MentoringStatus, string> = {
  NONE: 'gray.7',
  PROPOSED: 'indigo.8',
  ACCEPTED: 'blue.8',
  ACTIVE: '#1e6b30',
  CLOSED: 'gray.8',
};

export function MentoringStatusBadge({ status }: { status: MentoringStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={mentoringColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`referrals.mentoring.status.${status}`)}
    </Badge>
  );
}
