import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { IndicatorReport } from '../api/types';
import { KEY_FIGURES } from './catalogue';
import { Definitions } from './definitions';
import { KeyFigures } from './figure-list';
import { shownRegion } from './figures';
import { formatMonth } from './format';
import { RegionComparison } from './region-comparison';
import { Section } from './section';
import { AgreementsTopic, ChildrenTopic, TrainingTopic, VolunteersTopic } from './topics';

/** The whole report: key figures, the four topics, the region comparison and the definitions. */
export function IndicatorReportView({ report }: { report: IndicatorReport }) {
  const { t, i18n } = useTranslation();
  const region = shownRegion(report);
  const several = report.regions.length > 1;
  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('indicators.meta', {
          from: formatMonth(report.from, i18n.language),
          to: formatMonth(report.to, i18n.language),
          regions: several ? report.regions.map((r) => r.name).join(', ') : (region?.name ?? ''),
          generatedAt: formatDateTime(report.generatedAt, i18n.language),
        })}
      </Text>
      <Section title={t('indicators.keyFigures')}>
        <KeyFigures region={region} indicators={KEY_FIGURES} />
        <Text size="sm" mt="sm">
          {t('indicators.suppressed.note')}
        </Text>
      </Section>
      <ChildrenTopic report={report} region={region} />
      <TrainingTopic report={report} region={region} />
      <VolunteersTopic report={report} region={region} />
      <AgreementsTopic report={report} region={region} />
      {several && (
        <Section title={t('indicators.comparison')}>
          <RegionComparison report={report} caption={t('indicators.comparison')} />
        </Section>
      )}
      <Section title={t('indicators.definitionsTitle')}>
        <Box component="details">
          <Text component="summary" style={{ cursor: 'pointer' }}>
            {t('indicators.showDefinitions')}
          </Text>
          <Box mt="sm">
            <Definitions />
          </Box>
        </Box>
      </Section>
    </Stack>
  );
}
