import { Box, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchCriterion } from '../api/types';
import { criterionFacts, criterionPoints } from './criteria';

/** Why a pair scores as it does: each criterion with its points of the weight and the facts. */
export function CriteriaList({ criteria }: { criteria: readonly MatchCriterion[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {criteria.map((c) => (
        <Box component="li" key={c.name} py={4}>
          <Text size="sm">
            <Text component="span" fw={600} size="sm">
              {t(`mentoring.criteria.name.${c.name}`)}
            </Text>
            {' · '}
            {criterionPoints(t, c, i18n.language)}
            {' · '}
            {criterionFacts(t, c, i18n.language)}
          </Text>
          <Progress
            value={c.weight > 0 ? Math.round((c.points / c.weight) * 100) : 0}
            size="sm"
            mt={2}
            aria-hidden="true"
          />
        </Box>
      ))}
    </Box>
  );
}
