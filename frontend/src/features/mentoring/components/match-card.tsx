import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Match } from '../api/types';
import { MatchFlagBadges, MatchStatusBadge } from './badges';

/** A match in the list: the pair (link), status, health flags and its dates. */
export function MatchCard({ match: m }: { match: Match }) {
  const { t, i18n } = useTranslation();
  const child = m.childFirstName ?? t('mentoring.children.erased');
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text component="h2" fw={700} size="lg" m={0} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/matches/${m.id}`} inherit underline="always">
              {t('mentoring.matches.pair', { child, mentor: m.volunteerName })}
            </Anchor>
          </Text>
          <MatchStatusBadge status={m.status} />
        </Group>
        <MatchFlagBadges flags={m.flags} />
        <Text size="sm">
          {m.startedOn
            ? t('mentoring.matches.since', { date: formatDate(m.startedOn, i18n.language) })
            : t('mentoring.matches.proposedAt', {
                date: formatDateTime(m.proposedAt, i18n.language),
              })}
          {m.lastMeetingOn &&
            ` · ${t('mentoring.matches.lastMeeting', { date: formatDate(m.lastMeetingOn, i18n.language) })}`}
        </Text>
      </Stack>
    </Card>
  );
}
