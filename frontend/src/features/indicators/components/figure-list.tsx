import { Badge, Box, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorRegion } from '../api/types';
import { indicatorLabel } from './catalogue';
import { FigureValue } from './figure-value';
import { cellOf, findFigure } from './figures';

/** Marks a figure that shows the state at the time of the request, not the period. */
export function AsOfToday() {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      variant="light"
      color="gray"
      size="sm"
      tt="none"
      ml={6}
      style={{ verticalAlign: 'middle' }}
    >
      {t('indicators.asOfToday')}
    </Badge>
  );
}

type Props = { region: IndicatorRegion | undefined; indicators: readonly Indicator[] };

/** Single figures of a topic as a description list: name, then the value. */
export function FigureList({ region, indicators }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))',
        gap: 'var(--mantine-spacing-sm)',
      }}
    >
      {indicators.map((indicator) => {
        const figure = findFigure(region, indicator);
        return (
          <div key={indicator}>
            <Text component="dt" size="sm">
              {indicatorLabel(t, indicator)}
              {figure?.snapshot && <AsOfToday />}
            </Text>
            <Text component="dd" m={0} fw={700} fz="lg">
              <FigureValue cell={cellOf(figure)} unit={figure?.unit ?? 'COUNT'} />
            </Text>
          </div>
        );
      })}
    </Box>
  );
}

/** The key figures of the period as cards, two a row on phones. */
export function KeyFigures({ region, indicators }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" m={0}>
      {indicators.map((indicator) => {
        const figure = findFigure(region, indicator);
        return (
          <Paper key={indicator} withBorder p="sm">
            <Text component="dt" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {indicatorLabel(t, indicator)}
              {figure?.snapshot && <AsOfToday />}
            </Text>
            <Text component="dd" m={0} mt={4} fw={700} fz={{ base: 'xl', sm: '1.75rem' }} lh={1.2}>
              <FigureValue cell={cellOf(figure)} unit={figure?.unit ?? 'COUNT'} />
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
