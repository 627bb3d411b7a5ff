import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDICATORS, indicatorDefinition, indicatorLabel } from './catalogue';

/** What each indicator counts, and how suppressed and "as of today" figures are meant. */
export function Definitions() {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="xs">
        {t('indicators.definitionsIntro')}
      </Text>
      <Box component="dl" m={0}>
        {INDICATORS.map((indicator) => (
          <div key={indicator} style={{ marginBottom: 'var(--mantine-spacing-xs)' }}>
            <Text component="dt" size="sm" fw={700}>
              {indicatorLabel(t, indicator)}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {indicatorDefinition(t, indicator)}
            </Text>
          </div>
        ))}
      </Box>
    </>
  );
}
