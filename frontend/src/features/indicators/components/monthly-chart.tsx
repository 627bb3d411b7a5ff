import { Box, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../api/types';
import { FigureValue } from './figure-value';
import { labelledMonths, largest, niceMax, type Series } from './figures';
import { formatMonth, formatMonthTick, formatValue } from './format';

/** Bar colours with at least 3:1 contrast on white, told apart by the legend's order, too. */
export const SERIES_COLOURS = ['var(--mantine-color-blue-8)', 'var(--mantine-color-orange-9)'];

const SLOT = 10;
const HEIGHT = 100;

type Props = {
  title: string;
  months: readonly string[];
  series: readonly Series[];
  unit?: IndicatorUnit;
};

/** The bars of one or two series per month; the SVG is scaled to the width of its box. */
function Bars({
  months,
  series,
  max,
}: {
  months: readonly string[];
  series: readonly Series[];
  max: number;
}) {
  const width = Math.max(1, months.length) * SLOT;
  const barWidth = (SLOT - 2) / Math.max(1, series.length);
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height="140"
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block' }}
    >
      {[0, HEIGHT / 2, HEIGHT].map((y) => (
        <line
          key={y}
          x1={0}
          x2={width}
          y1={y}
          y2={y}
          stroke="var(--mantine-color-gray-4)"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {series.map((s, si) =>
        s.points.map((p, i) => {
          if (p.suppressed || p.value == null || p.value <= 0) return null;
          const h = (p.value / max) * HEIGHT;
          return (
            <rect
              key={`${s.key}-${p.month}`}
              x={i * SLOT + 1 + si * barWidth}
              y={HEIGHT - h}
              width={barWidth - (series.length > 1 ? 0.4 : 0)}
              height={h}
              fill={SERIES_COLOURS[si % SERIES_COLOURS.length]}
            />
          );
        }),
      )}
    </svg>
  );
}

/**
 * A monthly bar chart with an accessible name and, in a disclosure below, the same numbers as a table.
 * Suppressed months have no bar and show the suppression marker in the table.
 */
export function MonthlyChart({ title, months, series, unit = 'COUNT' }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const max = niceMax(largest(series.flatMap((s) => s.points)));
  const ticks = labelledMonths(months.length);
  const number = (value: number) => formatValue(value, unit, i18n.language, t);
  const name =
    months.length > 0
      ? t('indicators.chart.name', {
          title,
          from: formatMonth(months[0], i18n.language),
          to: formatMonth(months[months.length - 1], i18n.language),
        })
      : title;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={3} size="h5" id={`${id}-title`} mb="xs">
        {title}
      </Title>
      {series.length > 1 && (
        <Group gap="md" mb="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {series.map((s, si) => (
            <Group key={s.key} component="li" gap={6} wrap="nowrap">
              <Box
                aria-hidden="true"
                w={12}
                h={12}
                style={{ background: SERIES_COLOURS[si % SERIES_COLOURS.length], borderRadius: 2 }}
              />
              <Text size="sm">{s.label}</Text>
            </Group>
          ))}
        </Group>
      )}
      <div role="img" aria-label={name}>
        <Box style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 6 }}>
          <Box
            aria-hidden="true"
            style={{
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'space-between',
              height: 140,
              textAlign: 'right',
            }}
          >
            <Text size="xs" lh={1}>
              {number(max)}
            </Text>
            <Text size="xs" lh={1}>
              {number(0)}
            </Text>
          </Box>
          <Bars months={months} series={series} max={max} />
          <span />
          <Box
            aria-hidden="true"
            style={{
              display: 'grid',
              gridTemplateColumns: `repeat(${Math.max(1, months.length)}, 1fr)`,
            }}
          >
            {months.map((m, i) => (
              <Text key={m} size="xs" style={{ whiteSpace: 'nowrap', overflow: 'visible' }}>
                {ticks.has(i) ? formatMonthTick(m, i18n.language) : ''}
              </Text>
            ))}
          </Box>
        </Box>
      </div>
      <Box component="details" mt="xs">
        <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
          {t('indicators.chart.showTable')}
        </Text>
        <Table mt="xs" striped>
          <Table.Caption className="visually-hidden">{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.chart.month')}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.key} scope="col" ta="right">
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m, i) => (
              <Table.Tr key={m}>
                <Table.Th scope="row" fw={400}>
                  {formatMonth(m, i18n.language)}
                </Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.key} ta="right">
                    <FigureValue cell={s.points[i] ?? { suppressed: false }} unit={unit} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Paper>
  );
}
