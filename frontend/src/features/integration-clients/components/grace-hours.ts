export const DEFAULT_GRACE_HOURS = 24;
export const MAX_GRACE_HOURS = 168;

/** Grace hours as typed: a whole number from 0 to 168, else null. */
export function parseGraceHours(value: string): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const hours = Number(text);
  return hours <= MAX_GRACE_HOURS ? hours : null;
}
