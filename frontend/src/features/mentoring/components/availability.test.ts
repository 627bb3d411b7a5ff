import { describe, expect, it } from 'vitest';
import { SLOTS } from '../api/types';
import { availabilityGrid, slotsByDay, sortSlots, toggleSlot } from './availability';

describe('availability grid', () => {
  it('has 21 slots, Monday morning to Sunday evening, as the API orders them', () => {
    expect(SLOTS).toHaveLength(21);
    expect(SLOTS[0]).toBe('MON_MORNING');
    expect(SLOTS[7]).toBe('WED_AFTERNOON');
    expect(SLOTS[20]).toBe('SUN_EVENING');
  });

  it('builds seven rows of three cells with the chosen ones ticked', () => {
    const grid = availabilityGrid(['WED_AFTERNOON', 'SAT_MORNING']);
    expect(grid.map((r) => r.day)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
    expect(grid.every((r) => r.cells.length === 3)).toBe(true);
    const ticked = grid.flatMap((r) => r.cells.filter((c) => c.checked).map((c) => c.slot));
    expect(ticked).toEqual(['WED_AFTERNOON', 'SAT_MORNING']);
    expect(grid[2].cells[1]).toEqual({ slot: 'WED_AFTERNOON', part: 'AFTERNOON', checked: true });
  });

  it('keeps the values in the API order, without duplicates or unknown values', () => {
    expect(sortSlots(['SUN_EVENING', 'MON_MORNING', 'MON_MORNING', 'NOON'])).toEqual([
      'MON_MORNING',
      'SUN_EVENING',
    ]);
    let chosen = toggleSlot([], 'SAT_MORNING', true);
    chosen = toggleSlot(chosen, 'WED_AFTERNOON', true);
    chosen = toggleSlot(chosen, 'WED_AFTERNOON', true);
    expect(chosen).toEqual(['WED_AFTERNOON', 'SAT_MORNING']);
    expect(toggleSlot(chosen, 'SAT_MORNING', false)).toEqual(['WED_AFTERNOON']);
  });

  it('summarises the chosen parts per day', () => {
    expect(slotsByDay(['SAT_EVENING', 'WED_AFTERNOON', 'WED_MORNING'])).toEqual([
      { day: 'WED', parts: ['MORNING', 'AFTERNOON'] },
      { day: 'SAT', parts: ['EVENING'] },
    ]);
  });
});
