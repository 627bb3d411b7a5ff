import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorRegion, IndicatorReport } from '../api/types';
import { BarList, type BarRow } from './bar-list';
import { BreakdownTable } from './breakdown-table';
import { breakdownLabel, indicatorLabel } from './catalogue';
import { AsOfToday, FigureList } from './figure-list';
import { breakdownRows, cellOf, findFigure, funnelCells, seriesOf } from './figures';
import { MonthlyChart } from './monthly-chart';
import { Part, Section } from './section';

type Props = { report: IndicatorReport; region: IndicatorRegion | undefined };

function partRows(
  t: TFunction,
  region: IndicatorRegion | undefined,
  indicator: Indicator,
): BarRow[] {
  return breakdownRows(region, indicator).map(({ breakdown, figure }) => ({
    key: breakdown,
    label: breakdownLabel(t, indicator, breakdown),
    cell: cellOf(figure),
  }));
}

/** A breakdown of one indicator as bars, titled; snapshot indicators say "as of today". */
function BreakdownPart({
  region,
  indicator,
  title,
  partLabel,
}: {
  region: IndicatorRegion | undefined;
  indicator: Indicator;
  title: string;
  partLabel: string;
}) {
  const { t } = useTranslation();
  const figure = findFigure(region, indicator);
  return (
    <Part
      title={
        <>
          {title}
          {figure?.snapshot && <AsOfToday />}
        </>
      }
    >
      <BarList
        caption={title}
        rows={partRows(t, region, indicator)}
        unit={figure?.unit}
        partLabel={partLabel}
        valueLabel={indicatorLabel(t, indicator)}
      />
    </Part>
  );
}

/** Referrals, matching and mentoring: child-level figures, suppressed below 5. */
export function ChildrenTopic({ report, region }: Props) {
  const { t } = useTranslation();
  const series = (indicator: Indicator) =>
    seriesOf(report.months, region, indicator, indicatorLabel(t, indicator));
  return (
    <Section title={t('indicators.topics.children')}>
      <Stack gap="md">
        <Text size="sm">{t('indicators.suppressed.note')}</Text>
        <FigureList
          region={region}
          indicators={[
            'DAYS_REFERRAL_TO_MATCH',
            'REFERRALS_WAITLISTED',
            'REFERRALS_OVERDUE',
            'MATCHES_STARTED',
            'MEETINGS_PER_MATCH_MONTH',
            'MATCHES_CLOSED',
          ]}
        />
        <Part title={t('indicators.parts.funnel')}>
          <BarList
            caption={t('indicators.parts.funnel')}
            partLabel={t('indicators.table.step')}
            rows={funnelCells(region).map(({ indicator, cell }) => ({
              key: indicator,
              label: indicatorLabel(t, indicator),
              cell,
            }))}
          />
        </Part>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <MonthlyChart
            title={t('indicators.charts.referrals')}
            months={report.months}
            series={[series('REFERRALS_RECEIVED'), series('REFERRALS_MATCHED')]}
          />
          <MonthlyChart
            title={t('indicators.charts.matches')}
            months={report.months}
            series={[series('MATCHES_STARTED'), series('MATCHES_CLOSED')]}
          />
        </SimpleGrid>
        <Part title={t('indicators.parts.referralsByHelpSystem')}>
          <BreakdownTable
            caption={t('indicators.parts.referralsByHelpSystem')}
            partLabel={t('indicators.table.helpSystem')}
            region={region}
            indicators={[
              'REFERRALS_RECEIVED',
              'REFERRALS_ACCEPTED',
              'REFERRALS_WAITLISTED',
              'REFERRALS_MATCHED',
              'REFERRALS_OVERDUE',
            ]}
          />
        </Part>
        <BreakdownPart
          region={region}
          indicator="MATCHES_CLOSED"
          title={t('indicators.parts.closeReasons')}
          partLabel={t('indicators.table.reason')}
        />
      </Stack>
    </Section>
  );
}

/** Joint trainings: sessions, participants by help system, learning gain, certificates. */
export function TrainingTopic({ report, region }: Props) {
  const { t } = useTranslation();
  return (
    <Section title={t('indicators.topics.training')}>
      <Stack gap="md">
        <FigureList
          region={region}
          indicators={[
            'TRAININGS_HELD',
            'PARTICIPANTS_TRAINED',
            'LEARNING_GAIN',
            'CERTIFICATES_ISSUED',
          ]}
        />
        <MonthlyChart
          title={t('indicators.charts.participants')}
          months={report.months}
          series={[
            seriesOf(
              report.months,
              region,
              'PARTICIPANTS_TRAINED',
              indicatorLabel(t, 'PARTICIPANTS_TRAINED'),
            ),
          ]}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <BreakdownPart
            region={region}
            indicator="PARTICIPANTS_TRAINED"
            title={t('indicators.parts.participantsByHelpSystem')}
            partLabel={t('indicators.table.helpSystem')}
          />
          <BreakdownPart
            region={region}
            indicator="TRAININGS_HELD"
            title={t('indicators.parts.trainingsByKind')}
            partLabel={t('indicators.table.kind')}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

/** Volunteer mentors: applications, screening, approval, activity and retention. */
export function VolunteersTopic({ report, region }: Props) {
  const { t } = useTranslation();
  const series = (indicator: Indicator) =>
    seriesOf(report.months, region, indicator, indicatorLabel(t, indicator));
  return (
    <Section title={t('indicators.topics.volunteers')}>
      <Stack gap="md">
        <FigureList
          region={region}
          indicators={[
            'VOLUNTEERS_APPLIED',
            'VOLUNTEERS_IN_SCREENING',
            'VOLUNTEERS_APPROVED',
            'VOLUNTEERS_ACTIVE',
            'RETENTION_6_MONTHS',
            'RETENTION_12_MONTHS',
          ]}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <MonthlyChart
            title={t('indicators.charts.volunteers')}
            months={report.months}
            series={[series('VOLUNTEERS_APPLIED'), series('VOLUNTEERS_APPROVED')]}
          />
          <BreakdownPart
            region={region}
            indicator="VOLUNTEERS_IN_SCREENING"
            title={t('indicators.parts.screening')}
            partLabel={t('indicators.table.nextStep')}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

/** Cooperation agreements: signatures, status, commitments and the activities held. */
export function AgreementsTopic({ report, region }: Props) {
  const { t } = useTranslation();
  const series = (indicator: Indicator) =>
    seriesOf(report.months, region, indicator, indicatorLabel(t, indicator));
  return (
    <Section title={t('indicators.topics.agreements')}>
      <Stack gap="md">
        <FigureList
          region={region}
          indicators={['AGREEMENTS_SIGNED', 'ACTIVITIES_HELD', 'COMMITMENTS']}
        />
        <MonthlyChart
          title={t('indicators.charts.agreements')}
          months={report.months}
          series={[series('AGREEMENTS_SIGNED'), series('ACTIVITIES_HELD')]}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <BreakdownPart
            region={region}
            indicator="AGREEMENTS_BY_STATUS"
            title={t('indicators.parts.agreementsByStatus')}
            partLabel={t('indicators.table.status')}
          />
          <BreakdownPart
            region={region}
            indicator="COMMITMENTS"
            title={t('indicators.parts.commitments')}
            partLabel={t('indicators.table.status')}
          />
          <BreakdownPart
            region={region}
            indicator="ACTIVITIES_HELD"
            title={t('indicators.parts.activitiesByType')}
            partLabel={t('indicators.table.type')}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}
