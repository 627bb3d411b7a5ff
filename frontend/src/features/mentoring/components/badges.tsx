import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildStatus, MatchFlags, MatchStatus, VolunteerStatus } from '../api/types';

/** Long translated labels wrap instead of being cut off on phones. */
const wrapping = {
  root: { height: 'auto', maxWidth: '100%', flexShrink: 0 },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

// Filled badges in dark shades keep white text above 4.5:1 contrast.
const volunteerColors: Record<VolunteerStatus, string> = {
  SCREENING: 'blue.8',
  APPROVED: '#1e6b30',
  SUSPENDED: '#a63c06',
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.8',
};

const matchColors: Record<MatchStatus, string> = {
  PROPOSED: 'indigo.8',
  ACCEPTED: 'blue.8',
  ACTIVE: '#1e6b30',
  CLOSED: 'gray.8',
};

const childColors: Record<ChildStatus, string> = {
  WAITING: '#a63c06',
  MATCHED: '#1e6b30',
  CLOSED: 'gray.8',
};

export function VolunteerStatusBadge({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={volunteerColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`mentoring.volunteerStatus.${status}`)}
    </Badge>
  );
}

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={matchColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`mentoring.matchStatus.${status}`)}
    </Badge>
  );
}

export function ChildStatusBadge({ status }: { status: ChildStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={childColors[status]} variant="filled" radius="sm" styles={wrapping}>
      {t(`mentoring.childStatus.${status}`)}
    </Badge>
  );
}

export const FLAG_KEYS = [
  'noRecentMeeting',
  'certificateExpiring',
  'mentorSuspended',
  'openConcern',
] as const satisfies readonly (keyof MatchFlags)[];

/** The flags that are raised, in a fixed order. */
export const raisedFlags = (flags: MatchFlags) => FLAG_KEYS.filter((key) => flags[key]);

/** The health flags of a match that are raised, as outlined badges. */
export function MatchFlagBadges({ flags }: { flags: MatchFlags }) {
  const { t } = useTranslation();
  const raised = raisedFlags(flags);
  if (raised.length === 0) return null;
  return (
    <Group gap={6}>
      {raised.map((key) => (
        <Badge
          key={key}
          color={key === 'openConcern' || key === 'mentorSuspended' ? 'red.9' : '#a63c06'}
          variant="outline"
          radius="sm"
          styles={wrapping}
        >
          {t(`mentoring.flags.${key}`)}
        </Badge>
      ))}
    </Group>
  );
}
