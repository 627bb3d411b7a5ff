import { DAY_PARTS, DAYS, SLOTS, type Day, type DayPart, type Slot } from '../api/types';

export type GridCell = { slot: Slot; part: DayPart; checked: boolean };
export type GridRow = { day: Day; cells: GridCell[] };

/** The slot of a day and a part of the day ("WED", "AFTERNOON" → "WED_AFTERNOON"). */
export const slotOf = (day: Day, part: DayPart) => `${day}_${part}` as Slot;

/** The 7 × 3 grid (Monday to Sunday × morning, afternoon, evening) with the chosen slots ticked. */
export function availabilityGrid(chosen: readonly Slot[]): GridRow[] {
  const set = new Set(chosen);
  return DAYS.map((day) => ({
    day,
    cells: DAY_PARTS.map((part) => {
      const slot = slotOf(day, part);
      return { slot, part, checked: set.has(slot) };
    }),
  }));
}

/** The slots in the API's order (Monday morning first), without duplicates or unknown values. */
export function sortSlots(slots: readonly string[]): Slot[] {
  const set = new Set(slots);
  return SLOTS.filter((s) => set.has(s));
}

/** Ticks or unticks one slot; the result stays in the API's order. */
export function toggleSlot(chosen: readonly Slot[], slot: Slot, checked: boolean): Slot[] {
  const rest = chosen.filter((s) => s !== slot);
  return sortSlots(checked ? [...rest, slot] : rest);
}

/** The chosen slots per day, only days with at least one: for a compact read-only summary. */
export function slotsByDay(chosen: readonly Slot[]): { day: Day; parts: DayPart[] }[] {
  return availabilityGrid(chosen)
    .map((row) => ({ day: row.day, parts: row.cells.filter((c) => c.checked).map((c) => c.part) }))
    .filter((row) => row.parts.length > 0);
}
