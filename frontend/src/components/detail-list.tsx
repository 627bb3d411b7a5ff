import { Box, Text } from '@mantine/core';

type Item = { label: string; value: React.ReactNode };

/** A definition list of label/value pairs, one column on phones and two on wider screens. */
export function DetailList({ items }: { items: Item[] }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
        gap: 'var(--mantine-spacing-md)',
      }}
    >
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value === null || item.value === undefined || item.value === ''
              ? '—'
              : item.value}
          </Text>
        </div>
      ))}
    </Box>
  );
}
