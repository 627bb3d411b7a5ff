import { Box, Checkbox, Input, Table, Text } from '@mantine/core';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, type Slot } from '../api/types';
import { availabilityGrid, slotsByDay, toggleSlot } from './availability';
import { dayName } from './labels';

type Props = {
  legend: string;
  description?: string;
  value: readonly Slot[];
  onChange: (value: Slot[]) => void;
  error?: string;
  required?: boolean;
  /** The first checkbox, so that the form can move the focus to the grid when it is invalid. */
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * The weekly availability as a 7 × 3 grid of checkboxes (days × morning, afternoon, evening) in a
 * fieldset; each checkbox is named by its day and part ("Wednesday afternoon"). Fits 360 px.
 */
export function AvailabilityGrid({
  legend,
  description,
  value,
  onChange,
  error,
  required,
  inputRef,
}: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <Box
      component="fieldset"
      aria-describedby={describedBy}
      m={0}
      p={0}
      style={{ border: 0, minWidth: 0 }}
    >
      <Input.Label component="legend" required={required} p={0}>
        {legend}
      </Input.Label>
      {description && (
        <Input.Description id={descriptionId} mb={4}>
          {description}
        </Input.Description>
      )}
      <Table
        mt="xs"
        withRowBorders={false}
        verticalSpacing={4}
        horizontalSpacing={2}
        maw={420}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="16%">
              <span className="visually-hidden">{t('mentoring.availability.day')}</span>
            </Table.Th>
            {DAY_PARTS.map((part) => (
              <Table.Th
                key={part}
                ta="center"
                fz={11}
                style={{ overflowWrap: 'break-word', hyphens: 'auto' }}
              >
                {t(`mentoring.dayParts.${part}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {availabilityGrid(value).map((row, rowIndex) => (
            <Table.Tr key={row.day}>
              <Table.Th scope="row" fw={500} fz="sm">
                {/* Short names fit a phone; screen readers hear the full name. */}
                <span aria-hidden="true">{dayName(row.day, i18n.language, 'short')}</span>
                <span className="visually-hidden">{dayName(row.day, i18n.language)}</span>
              </Table.Th>
              {row.cells.map((cell, cellIndex) => (
                <Table.Td key={cell.slot}>
                  <Checkbox
                    ref={rowIndex === 0 && cellIndex === 0 ? inputRef : undefined}
                    aria-label={t('mentoring.availability.cell', {
                      day: dayName(row.day, i18n.language),
                      part: t(`mentoring.dayPartsInline.${cell.part}`),
                    })}
                    aria-invalid={error ? true : undefined}
                    checked={cell.checked}
                    onChange={(e) =>
                      onChange(toggleSlot(value, cell.slot, e.currentTarget.checked))
                    }
                    styles={{ body: { justifyContent: 'center' } }}
                    size="md"
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      )}
    </Box>
  );
}

/** The chosen slots in words, one day per line ("Wednesday: afternoon"). */
export function AvailabilitySummary({ value }: { value: readonly Slot[] }) {
  const { t, i18n } = useTranslation();
  const days = slotsByDay(value);
  if (days.length === 0) return <Text size="sm">—</Text>;
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {days.map(({ day, parts }) => (
        <Text component="li" size="sm" key={day}>
          {dayName(day, i18n.language)}:{' '}
          {parts.map((p) => t(`mentoring.dayPartsInline.${p}`)).join(', ')}
        </Text>
      ))}
    </Box>
  );
}
