import { Anchor, Box, Card, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeRange, todayIso } from '@/lib/format';
import type { TrainingSummary } from '../api/get-trainings';
import { EnrolmentStateBadge, KindBadge } from './badges';
import { byStartDay, formatMonth, monthGrid, weekdayNames, type Month } from './calendar';

type Props = { month: Month; trainings: TrainingSummary[] };

/**
 * A month grid with each training on the day it starts. Phones show the grid with markers only and
 * list the trainings of the month below it.
 */
export function TrainingCalendar({ month, trainings }: Props) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const weeks = monthGrid(month);
  const days = byStartDay(trainings);
  const weekdays = weekdayNames(i18n.language);
  const today = todayIso();
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' });
  const dayLabel = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return dayFormat.format(new Date(y, m - 1, d));
  };
  const inMonth = [...days.entries()].filter(([iso]) => iso.startsWith(month));

  return (
    <Stack gap="md">
      <Box
        component="table"
        style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
      >
        <caption className="visually-hidden">
          {t('trainings.calendar.caption', { month: formatMonth(month, i18n.language) })}
        </caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <Box
                component="th"
                scope="col"
                key={w.long}
                fz="sm"
                py={4}
                style={{ textAlign: 'center' }}
              >
                <abbr title={w.long} style={{ textDecoration: 'none' }}>
                  {w.short}
                </abbr>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].iso}>
              {week.map((day) => {
                const items = days.get(day.iso) ?? [];
                return (
                  <Box
                    component="td"
                    key={day.iso}
                    aria-current={day.iso === today ? 'date' : undefined}
                    p={4}
                    style={{
                      verticalAlign: 'top',
                      height: wide ? '6.5rem' : '3rem',
                      border: '1px solid var(--mantine-color-gray-3)',
                      background: day.inMonth
                        ? day.iso === today
                          ? 'var(--mantine-color-blue-0)'
                          : undefined
                        : 'var(--mantine-color-gray-0)',
                    }}
                  >
                    <Text
                      size="sm"
                      fw={day.iso === today ? 700 : 400}
                      c={day.inMonth ? undefined : 'dimmed'}
                    >
                      <span aria-hidden="true">{day.day}</span>
                      <span className="visually-hidden">{dayLabel(day.iso)}</span>
                    </Text>
                    {items.length > 0 &&
                      (wide ? (
                        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                          {items.map((training) => (
                            <li key={training.id}>
                              <Anchor
                                component={Link}
                                to={`/trainings/${training.id}`}
                                size="xs"
                                underline="always"
                                lineClamp={2}
                                style={{ overflowWrap: 'anywhere' }}
                              >
                                {training.title}
                              </Anchor>
                            </li>
                          ))}
                        </Stack>
                      ) : (
                        <Text size="xs" fw={700} c="blue.9">
                          <span aria-hidden="true">●{items.length > 1 ? items.length : ''}</span>
                          <span className="visually-hidden">
                            {t('trainings.calendar.count', { count: items.length })}
                          </span>
                        </Text>
                      ))}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>

      {!wide && (
        <div>
          {inMonth.length === 0 ? (
            <Text>{t('trainings.emptyMonth')}</Text>
          ) : (
            <Stack
              gap="sm"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('trainings.calendar.agenda', {
                month: formatMonth(month, i18n.language),
              })}
            >
              {inMonth.flatMap(([, items]) =>
                items.map((training) => (
                  <Card component="li" key={training.id} withBorder padding="sm">
                    <Anchor
                      component={Link}
                      to={`/trainings/${training.id}`}
                      fw={600}
                      underline="always"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {training.title}
                    </Anchor>
                    <Text size="sm">
                      {formatDateTimeRange(training.startsAt, training.endsAt, i18n.language)}
                    </Text>
                    <Box mt={4} style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
                      <KindBadge kind={training.kind} />
                      {training.myEnrolment && training.myEnrolment.state !== 'CANCELLED' && (
                        <EnrolmentStateBadge
                          state={training.myEnrolment.state}
                          waitlistPosition={training.myEnrolment.waitlistPosition}
                          mine
                        />
                      )}
                    </Box>
                  </Card>
                )),
              )}
            </Stack>
          )}
        </div>
      )}
      {wide && inMonth.length === 0 && <Text>{t('trainings.emptyMonth')}</Text>}
    </Stack>
  );
}
