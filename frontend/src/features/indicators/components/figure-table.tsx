import { Box, Paper, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

export type FigureTableRow = {
  key: string;
  header: string;
  cells: React.ReactNode[];
  /** A total row, set in bold. */
  strong?: boolean;
};

type Props = {
  caption: string;
  /** The column headers: first what the rows are, then one per value column. */
  columns: React.ReactNode[];
  rows: readonly FigureTableRow[];
};

/** Rows of figures: a table on wide screens, on phones one card per row listing its values. */
export function FigureTable({ caption, columns, rows }: Props) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [rowLabel, ...valueColumns] = columns;

  if (!wide) {
    return (
      <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {rows.map((row) => (
          <Paper component="li" key={row.key} withBorder p="xs" mb="xs">
            <Text fw={700} size="sm">
              {row.header}
            </Text>
            <Box
              component="dl"
              m={0}
              style={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 8 }}
            >
              {valueColumns.map((column, i) => (
                <Box key={i} style={{ display: 'contents' }}>
                  <Text component="dt" size="sm">
                    {column}
                  </Text>
                  <Text component="dd" size="sm" m={0} ta="right" fw={row.strong ? 700 : 600}>
                    {row.cells[i]}
                  </Text>
                </Box>
              ))}
            </Box>
          </Paper>
        ))}
      </Box>
    );
  }

  return (
    <Table striped>
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{rowLabel}</Table.Th>
          {valueColumns.map((column, i) => (
            <Table.Th key={i} scope="col" ta="right">
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={row.strong ? 700 : 400}>
              {row.header}
            </Table.Th>
            {row.cells.map((cell, i) => (
              <Table.Td key={i} ta="right" fw={row.strong ? 700 : undefined}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
