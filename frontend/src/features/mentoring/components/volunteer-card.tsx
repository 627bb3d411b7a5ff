import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import type { VolunteerSummary } from '../api/types';
import { VolunteerStatusBadge } from './badges';
import { languageList } from './labels';

type Props = { volunteer: VolunteerSummary; headingLevel?: 'h3' | 'h2'; showStatus?: boolean };

/** One volunteer on the board or in a list: name (link), age, home, languages, progress. */
export function VolunteerCard({ volunteer: v, headingLevel = 'h3', showStatus = false }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text component={headingLevel} fw={700} m={0} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/volunteers/${v.id}`} inherit underline="always">
              {v.firstName} {v.lastName}
            </Anchor>
          </Text>
          {showStatus && <VolunteerStatusBadge status={v.status} />}
        </Group>
        <Text size="sm">
          {t('mentoring.volunteers.ageAndHome', { age: v.age, municipality: v.municipality })}
        </Text>
        <Text size="sm">{languageList(v.languages, i18n.language)}</Text>
        {v.status === 'SCREENING' && (
          <Text size="sm">
            {t('mentoring.volunteers.stepsDone', { done: v.stepsDone.length, total: 4 })}
          </Text>
        )}
        {v.certificateValidUntil && (
          <Text size="sm">
            {t('mentoring.volunteers.certificateUntil', {
              date: formatDate(v.certificateValidUntil, i18n.language),
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('mentoring.volunteers.appliedAt', {
            date: formatDateTime(v.createdAt, i18n.language),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
