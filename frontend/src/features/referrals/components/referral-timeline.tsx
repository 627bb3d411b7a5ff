import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { ReferralEvent } from '../api/get-referrals';
import { ReferralStatusBadge } from './badges';
import { reasonText } from './reason-text';

/** Every event of the referral with its date, who, the status and the reason in words. */
export function ReferralTimeline({ events }: { events: readonly ReferralEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((e, i) => (
        <Timeline.Item
          key={`${e.at}-${i}`}
          title={
            <Text fw={600} size="sm" component="span">
              {t(`referrals.events.${e.type}`, { defaultValue: e.type })}
            </Text>
          }
        >
          <Text size="sm">
            {formatDateTime(e.at, i18n.language)}
            {e.actorName ? ` · ${e.actorName}` : ''}
          </Text>
          <div style={{ marginTop: 4 }}>
            <ReferralStatusBadge status={e.status} />
          </div>
          {e.reason && (
            <Text size="sm" mt={4}>
              {t('referrals.fields.reason')}: {reasonText(t, e.reason)}
            </Text>
          )}
          {e.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {t('referrals.fields.note')}: {e.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
