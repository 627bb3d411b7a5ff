import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { seriesOf } from './figures';
import { MonthlyChart } from './monthly-chart';
import { MONTHS, region } from './test-report';

function renderChart() {
  const r = region('R', 'r1');
  return renderWithProviders(
    <MonthlyChart
      title="Referrals per month"
      months={MONTHS}
      series={[
        seriesOf(MONTHS, r, 'REFERRALS_RECEIVED', 'Children referred'),
        seriesOf(MONTHS, r, 'REFERRALS_MATCHED', 'Children matched'),
      ]}
    />,
  );
}

describe('MonthlyChart', () => {
  it('names the chart and draws bars only for the numbers shown', async () => {
    const { container } = renderChart();
    const chart = await screen.findByRole('img', {
      name: 'Referrals per month: bar chart from January 2026 to March 2026; the numbers are in the table below.',
    });
    expect(chart).toBeInTheDocument();
    // Received: January and March; February and all of matched are suppressed or empty.
    expect(container.querySelectorAll('rect')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Referrals per month' })).toBeInTheDocument();
  });

  it('shows the same numbers as a table with headers, suppressed cells as the marker', async () => {
    renderChart();
    await userEvent.setup().click(await screen.findByText('Show as table'));
    const table = screen.getByRole('table', { name: 'Referrals per month' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Month', 'Children referred', 'Children matched']);
    const january = within(table).getByRole('row', { name: /January 2026/ });
    expect(within(january).getByRole('rowheader')).toHaveTextContent('January 2026');
    const cells = within(january).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^6$/);
    expect(cells[1]).toHaveTextContent('Suppressed: fewer than 5 children');
    const february = within(table).getByRole('row', { name: /February 2026/ });
    expect(within(february).getAllByRole('cell')[0]).toHaveTextContent(
      'Suppressed: fewer than 5 children',
    );
    expect(within(february).getAllByRole('cell')[1]).toHaveTextContent('No data');
  });
});
