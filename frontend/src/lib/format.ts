/** Formats an ISO 8601 instant for the UI language; returns the input when it is not a date. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** Formats an ISO 8601 calendar date (YYYY-MM-DD) for the UI language, without a time-zone shift. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/**
 * Formats the month of an ISO 8601 calendar date (YYYY-MM-DD, or YYYY-MM) for the UI language,
 * e.g. "November 2026"; returns the input when it is not a date.
 */
export function formatMonth(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(date);
}

/**
 * Formats the span between two instants in local time, e.g. "23 Nov 2026, 09:00 – 15:00";
 * the date is repeated only when the span crosses midnight.
 */
export function formatDateTimeRange(
  start: string | null | undefined,
  end: string | null | undefined,
  language: string,
): string {
  if (!start) return '';
  const from = new Date(start);
  if (Number.isNaN(from.getTime())) return start;
  const to = end ? new Date(end) : null;
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  if (!to || Number.isNaN(to.getTime()) || to.getTime() < from.getTime()) {
    return format.format(from);
  }
  return format.formatRange(from, to);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An instant as the value of an `<input type="datetime-local">` (local time, minutes). */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as an ISO 8601 instant; '' when incomplete. */
export function fromLocalInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
