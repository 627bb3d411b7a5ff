import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Slot } from '../api/types';
import { AvailabilityGrid } from './availability-grid';

function Grid({ onChange }: { onChange: (value: Slot[]) => void }) {
  const [value, setValue] = useState<Slot[]>(['SAT_MORNING']);
  return (
    <AvailabilityGrid
      legend="Weekly availability"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('AvailabilityGrid', () => {
  it('names each of the 21 checkboxes by day and part of the day', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Grid onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Weekly availability' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(21);
    expect(screen.getByRole('checkbox', { name: 'Saturday morning' })).toBeChecked();
    expect(screen.getByRole('rowheader', { name: 'Wednesday' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Wednesday afternoon' }));
    expect(onChange).toHaveBeenLastCalledWith(['WED_AFTERNOON', 'SAT_MORNING']);
  });
});
