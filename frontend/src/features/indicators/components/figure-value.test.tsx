import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { FigureValue } from './figure-value';

describe('FigureValue', () => {
  it('shows a suppressed value as a marker with its meaning, never as a number', async () => {
    renderWithProviders(
      <p data-testid="value">
        <FigureValue cell={{ value: 3, suppressed: true }} unit="COUNT" />
      </p>,
    );
    const marker = await screen.findByText('<5');
    expect(marker).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Suppressed: fewer than 5 children')).toBeInTheDocument();
    expect(screen.getByTestId('value').textContent).toBe('<5Suppressed: fewer than 5 children');
  });

  it('formats a value in its unit and marks missing data', async () => {
    renderWithProviders(
      <ul>
        <li>
          <FigureValue cell={{ value: 12, suppressed: false }} unit="DAYS" />
        </li>
        <li>
          <FigureValue cell={{ suppressed: false }} unit="POINTS" />
        </li>
      </ul>,
    );
    expect(await screen.findByText('12 days')).toBeInTheDocument();
    expect(screen.getByText('No data')).toBeInTheDocument();
  });
});
