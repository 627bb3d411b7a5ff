import { ActionIcon, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMonth, shiftMonth, type Month } from './calendar';

type Props = { month: Month | null; fallback: Month; onChange: (month: Month) => void };

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === 'left' ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A month input with buttons for the previous and the next month. */
export function MonthPicker({ month, fallback, onChange }: Props) {
  const { t } = useTranslation();
  const base = month ?? fallback;
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('trainings.filters.previousMonth')}
        onClick={() => onChange(shiftMonth(base, -1))}
      >
        <Chevron direction="left" />
      </ActionIcon>
      <TextInput
        type="month"
        label={t('trainings.filters.month')}
        value={month ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isMonth(value)) onChange(value);
        }}
        w={170}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('trainings.filters.nextMonth')}
        onClick={() => onChange(shiftMonth(base, 1))}
      >
        <Chevron direction="right" />
      </ActionIcon>
    </Group>
  );
}
