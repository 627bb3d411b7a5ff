import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeRange } from '@/lib/format';
import { languageName } from '@/lib/i18n/language-name';
import type { TrainingSummary } from '../api/get-trainings';
import { EnrolmentStateBadge, KindBadge, TrainingStatusBadge } from './badges';
import { SeatsText } from './seats';

type Props = { trainings: TrainingSummary[]; empty: string; headingLevel?: 2 | 3 };

/** Trainings as cards: title, kind, dates in local time, language, seats and my state. */
export function TrainingsList({ trainings, empty, headingLevel = 2 }: Props) {
  const { i18n } = useTranslation();
  if (trainings.length === 0) return <Text py="md">{empty}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {trainings.map((training) => (
        <Card component="li" key={training.id} withBorder padding="md">
          <Title order={headingLevel} size="h5" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/trainings/${training.id}`} underline="always" inherit>
              {training.title}
            </Anchor>
          </Title>
          <Group gap={6} mt={6}>
            <KindBadge kind={training.kind} />
            {training.status !== 'PUBLISHED' && <TrainingStatusBadge status={training.status} />}
            {training.myEnrolment && training.myEnrolment.state !== 'CANCELLED' && (
              <EnrolmentStateBadge
                state={training.myEnrolment.state}
                waitlistPosition={training.myEnrolment.waitlistPosition}
                mine
              />
            )}
          </Group>
          <Text size="sm" mt={6}>
            {formatDateTimeRange(training.startsAt, training.endsAt, i18n.language)}
          </Text>
          <Text size="sm">
            {languageName(training.language, i18n.language)}
            {training.status === 'PUBLISHED' && (
              <>
                {' · '}
                <SeatsText
                  seatsLeft={training.seatsLeft}
                  capacity={training.capacity}
                  waitlisted={training.waitlisted}
                />
              </>
            )}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
