import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { Me } from '@/lib/auth/get-me';
import { formatDate, formatMonth, todayIso } from '@/lib/format';
import { useReferralMentoring } from '../api/get-referral-mentoring';
import type { Referral, ReferralStatus } from '../api/get-referrals';
import { MentoringStatusBadge } from './badges';

/** The referral statuses in which a child of the mentoring programme may have a match. */
const MENTORING_STATUSES: readonly ReferralStatus[] = [
  'ACCEPTED',
  'WAITLISTED',
  'MATCHED',
  'CLOSED',
];

/** Whether the referral page shows where the mentoring stands (coordinators and professionals). */
export function showsMentoring(
  me: Pick<Me, 'role'> | undefined,
  r: Pick<Referral, 'status' | 'target'>,
): boolean {
  return (
    (me?.role === 'COORDINATOR' || me?.role === 'PROFESSIONAL') &&
    r.target.kind === 'MENTORING_PROGRAMME' &&
    MENTORING_STATUSES.includes(r.status)
  );
}

/** The calendar day of an instant in the browser's time zone. */
function dayOf(instant: string | undefined): string | undefined {
  if (!instant) return undefined;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : todayIso(date);
}

/**
 * Where the mentoring of the referred child stands: the latest match's status, its dates and how
 * many meetings were held. Nothing about the mentor and nothing from the diary.
 */
export function ReferralMentoring({ referralId }: { referralId: string }) {
  const { t, i18n } = useTranslation();
  const query = useReferralMentoring(referralId);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} scope="referrals" />;

  const m = query.data;
  const lang = i18n.language;
  const started = m.status === 'ACTIVE' || (m.status === 'CLOSED' && !!m.startedOn);
  const items = [
    {
      label: t('referrals.mentoring.fields.status'),
      value: <MentoringStatusBadge status={m.status} />,
    },
    ...(started
      ? [
          {
            label: t('referrals.mentoring.fields.startedOn'),
            value: formatDate(m.startedOn, lang),
          },
          {
            label: t('referrals.mentoring.fields.plannedEndOn'),
            value: formatDate(m.plannedEndOn, lang),
          },
          {
            label: t('referrals.mentoring.fields.meetingsHeld'),
            value: new Intl.NumberFormat(lang).format(m.meetingsHeld),
          },
          {
            label: t('referrals.mentoring.fields.lastMeetingMonth'),
            value: formatMonth(m.lastMeetingMonth, lang),
          },
        ]
      : []),
    ...(m.status === 'CLOSED'
      ? [
          {
            label: t('referrals.mentoring.fields.closedOn'),
            value: formatDate(dayOf(m.closedAt), lang),
          },
          {
            label: t('referrals.mentoring.fields.closeReason'),
            value: m.closeReason ? t(`referrals.mentoring.closeReasons.${m.closeReason}`) : '',
          },
        ]
      : []),
  ];

  return (
    <Stack gap="sm">
      <DetailList items={items} />
      {m.matches > 1 && (
        <Text size="sm">{t('referrals.mentoring.matches', { count: m.matches })}</Text>
      )}
    </Stack>
  );
}
