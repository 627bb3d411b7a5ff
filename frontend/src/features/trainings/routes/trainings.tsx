import { Button, Group, NativeSelect, SegmentedControl, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '@/lib/use-url-params';

import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { languageName } from '@/lib/i18n/language-name';
import { useMyEnrolments } from '../api/get-my-enrolments';
import {
  CALENDAR_PAGE_SIZE,
  TRAINING_KINDS,
  TRAINING_PAGE_SIZE,
  useTrainings,
  type TrainingKind,
  type TrainingsQuery,
} from '../api/get-trainings';
import { formatMonth, isMonth, monthOf, monthRange } from '../components/calendar';
import { TRAINING_LANGUAGES } from '../components/labels';
import { MonthPicker } from '../components/month-picker';
import { MyEnrolments } from '../components/my-enrolments';
import { TrainingCalendar } from '../components/training-calendar';
import { TrainingsList } from '../components/trainings-list';

type Tab = 'all' | 'mine';
type View = 'list' | 'calendar';

/** Midnight today as an instant: stable for the day, so the query does not change on every render. */
function startOfToday(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

export function TrainingsRoute() {
  const { t, i18n } = useTranslation();
  const me = useMe().data?.me;
  const [params, update] = useUrlParams();
  const tab: Tab = params.get('tab') === 'mine' ? 'mine' : 'all';
  const view: View = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const kind = params.get('kind') ?? '';
  const language = params.get('language') ?? '';
  const monthParam = params.get('month');
  const month = isMonth(monthParam) ? monthParam : null;
  const thisMonth = monthOf(new Date());
  const calendarMonth = month ?? thisMonth;
  const coordinator = me?.role === 'COORDINATOR';

  const filters = {
    ...(kind ? { kind: kind as TrainingKind } : {}),
    ...(language ? { language } : {}),
  };
  const query: TrainingsQuery =
    view === 'calendar'
      ? {
          ...filters,
          ...monthRange(calendarMonth),
          page: 0,
          size: CALENDAR_PAGE_SIZE,
          sort: 'startsAt',
        }
      : {
          ...filters,
          ...(month ? monthRange(month) : { from: startOfToday() }),
          page,
          size: TRAINING_PAGE_SIZE,
          sort: 'startsAt',
        };
  const trainings = useTrainings(query, tab === 'all');

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        actions={coordinator && <LinkButton to="/trainings/new">{t('trainings.new')}</LinkButton>}
      />
      <Tabs
        value={tab}
        onChange={(value) => update({ tab: value === 'mine' ? 'mine' : '', page: '0' })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="all">{t('trainings.tabs.all')}</Tabs.Tab>
          <Tabs.Tab value="mine">{t('trainings.tabs.mine')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <Group gap="sm" mb="md" align="flex-end" role="search" aria-label={t('common.filters')}>
            <NativeSelect
              label={t('trainings.filters.kind')}
              value={kind}
              onChange={(e) => update({ kind: e.currentTarget.value, page: '0' })}
              data={[
                { value: '', label: t('trainings.filters.allKinds') },
                ...TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kind.${k}`) })),
              ]}
              w={{ base: '100%', xs: 240 }}
            />
            <NativeSelect
              label={t('trainings.filters.language')}
              value={language}
              onChange={(e) => update({ language: e.currentTarget.value, page: '0' })}
              data={[
                { value: '', label: t('trainings.filters.allLanguages') },
                ...TRAINING_LANGUAGES.map((code) => ({
                  value: code,
                  label: languageName(code, i18n.language),
                })),
              ]}
              w={{ base: '100%', xs: 200 }}
            />
            <MonthPicker
              month={view === 'calendar' ? calendarMonth : month}
              fallback={thisMonth}
              onChange={(m) => update({ month: m, page: '0' })}
            />
            {view === 'list' && month && (
              <Button variant="subtle" onClick={() => update({ month: '', page: '0' })}>
                {t('trainings.filters.upcoming')}
              </Button>
            )}
          </Group>
          <Group justify="space-between" mb="md" gap="sm">
            <Title order={2} size="h4">
              {month || view === 'calendar'
                ? t('trainings.inMonth', { month: formatMonth(calendarMonth, i18n.language) })
                : t('trainings.upcoming')}
            </Title>
            <SegmentedControl
              aria-label={t('trainings.view.label')}
              value={view}
              onChange={(value) =>
                update({ view: value === 'calendar' ? 'calendar' : '', page: '0' })
              }
              data={[
                { value: 'list', label: t('trainings.view.list') },
                { value: 'calendar', label: t('trainings.view.calendar') },
              ]}
            />
          </Group>
          {trainings.isPending ? (
            <Loading />
          ) : trainings.isError ? (
            <ProblemAlert error={trainings.error} scope="trainings" />
          ) : view === 'calendar' ? (
            <TrainingCalendar month={calendarMonth} trainings={trainings.data.items} />
          ) : (
            <>
              <TrainingsList
                trainings={trainings.data.items}
                empty={month ? t('trainings.emptyMonth') : t('trainings.empty')}
                headingLevel={3}
              />
              <Pager
                page={page}
                size={TRAINING_PAGE_SIZE}
                total={trainings.data.total}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="mine">
          <MineTab canLead={me?.role === 'COORDINATOR' || me?.role === 'PROFESSIONAL'} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** My enrolments with their certificates, and the trainings I lead as a trainer. */
function MineTab({ canLead }: { canLead: boolean }) {
  const { t } = useTranslation();
  const enrolments = useMyEnrolments();
  const led = useTrainings(
    { mine: true, page: 0, size: CALENDAR_PAGE_SIZE, sort: '-startsAt' },
    canLead,
  );
  const leading = (led.data?.items ?? []).filter((training) => !training.myEnrolment);

  return (
    <Stack gap="xl">
      <section aria-labelledby="my-enrolments-title">
        <Title order={2} size="h4" id="my-enrolments-title" mb="sm">
          {t('trainings.mine.enrolmentsTitle')}
        </Title>
        {enrolments.isPending ? (
          <Loading />
        ) : enrolments.isError ? (
          <ProblemAlert error={enrolments.error} scope="trainings" />
        ) : (
          <MyEnrolments enrolments={enrolments.data} />
        )}
      </section>
      {canLead && (led.isError || leading.length > 0) && (
        <section aria-labelledby="my-led-title">
          <Title order={2} size="h4" id="my-led-title" mb="sm">
            {t('trainings.mine.leadingTitle')}
          </Title>
          {led.isError ? (
            <ProblemAlert error={led.error} scope="trainings" />
          ) : (
            <TrainingsList trainings={leading} empty="" headingLevel={3} />
          )}
        </section>
      )}
    </Stack>
  );
}
