import { z } from 'zod';
import { todayIso } from '@/lib/format';
import { ACTIVITIES, MOODS, type Activity, type DiaryEntryRequest, type Mood } from '../api/types';

/** The durations offered as chips, in minutes (the API takes 15 to 600). */
export const DURATIONS = [30, 60, 90, 120, 180, 240] as const;

/** How far back a meeting may be logged (the API's rule). */
export const MAX_DAYS_BACK = 60;

export const LIMITS = { activityNote: 500, note: 2000, concernText: 2000 } as const;

/** The day `days` before the given ISO date, as YYYY-MM-DD. */
export function daysBefore(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return todayIso(new Date(y, m - 1, d - days));
}

export function meetingSchema(today: string) {
  return z
    .object({
      metOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.required')
        .refine((v) => v <= today, 'mentoring.validation.notInFuture')
        .refine((v) => v >= daysBefore(today, MAX_DAYS_BACK), 'mentoring.validation.tooOld'),
      durationMinutes: z.string().regex(/^\d+$/, 'mentoring.validation.duration'),
      activities: z.array(z.enum(ACTIVITIES as [Activity, ...Activity[]])),
      activityNote: z.string().trim().max(LIMITS.activityNote, 'validation.tooLong'),
      mood: z.union([z.enum(MOODS as [Mood, ...Mood[]]), z.literal('')]),
      note: z.string().trim().max(LIMITS.note, 'validation.tooLong'),
      concern: z.boolean(),
      concernText: z.string().trim().max(LIMITS.concernText, 'validation.tooLong'),
    })
    .superRefine((v, ctx) => {
      if (v.mood === '') {
        ctx.addIssue({ code: 'custom', path: ['mood'], message: 'mentoring.validation.mood' });
      }
      if (v.concern && !v.concernText) {
        ctx.addIssue({
          code: 'custom',
          path: ['concernText'],
          message: 'mentoring.validation.concernText',
        });
      }
    });
}

export type MeetingFormValues = z.input<ReturnType<typeof meetingSchema>>;

/** A fresh form: today, nothing else chosen. */
export function emptyMeeting(today: string = todayIso()): MeetingFormValues {
  return {
    metOn: today,
    durationMinutes: '',
    activities: [],
    activityNote: '',
    mood: '',
    note: '',
    concern: false,
    concernText: '',
  };
}

const optional = (value: string) => value.trim() || undefined;

/** The request for valid values: trimmed texts, empty ones left out, the concern text only with a concern. */
export function toMeetingRequest(values: MeetingFormValues): DiaryEntryRequest {
  return {
    metOn: values.metOn,
    durationMinutes: Number(values.durationMinutes),
    activities: values.activities,
    activityNote: optional(values.activityNote),
    mood: values.mood as Mood,
    note: optional(values.note),
    concern: values.concern,
    concernText: values.concern ? optional(values.concernText) : undefined,
  };
}

const FIELDS = new Set([
  'metOn',
  'durationMinutes',
  'activities',
  'activityNote',
  'mood',
  'note',
  'concern',
  'concernText',
]);

/** Which validation error paths of the server the form shows at a field. */
export const isMeetingField = (path: string) => FIELDS.has(path);
