import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../api/types';
import { FigureValue } from './figure-value';
import { barPercent, largest, type Cell } from './figures';

export type BarRow = { key: string; label: string; cell: Cell };

type Props = {
  /** The table's name for screen readers (the heading above says the same to the eye). */
  caption: string;
  rows: readonly BarRow[];
  unit?: IndicatorUnit;
  /** The headers of the two columns: what the rows are, and the value. */
  partLabel?: string;
  valueLabel?: string;
};

/**
 * Horizontal bars as a table: each row names its part and gives the value (or the suppression marker),
 * with a bar under the value relative to the largest row.
 */
export function BarList({ caption, rows, unit = 'COUNT', partLabel, valueLabel }: Props) {
  const { t } = useTranslation();
  const max = largest(rows.map((r) => r.cell));
  return (
    <Table verticalSpacing={6} layout="fixed">
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="45%">
            {partLabel ?? t('indicators.table.part')}
          </Table.Th>
          <Table.Th scope="col">{valueLabel ?? t('indicators.table.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
              {row.label}
            </Table.Th>
            <Table.Td>
              <Box fw={600}>
                <FigureValue cell={row.cell} unit={unit} />
              </Box>
              <Box
                aria-hidden="true"
                h={8}
                mt={2}
                style={{
                  width: `${barPercent(row.cell, max)}%`,
                  background: 'var(--mantine-color-blue-8)',
                  borderRadius: 2,
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
