import { z } from 'zod';
import { fromLocalInput, toLocalInput } from '@/lib/format';
import type { TrainingInput } from '../api/create-training';
import type { Training } from '../api/get-training';
import { TRAINING_KINDS, type TrainingKind } from '../api/get-trainings';

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .refine((v) => Number(v) >= min && Number(v) <= max, message);

const sessionSchema = z.object({
  sessionId: z.string(),
  startsAt: z.string().min(1, 'validation.required'),
  endsAt: z.string().min(1, 'validation.required'),
  venue: z.string().trim().max(300, 'validation.tooLong'),
  onlineUrl: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .regex(/^(https:\/\/\S+)?$/, 'trainings.validation.https'),
});

export const trainingSchema = z
  .object({
    regionId: z.string(),
    kind: z.enum(TRAINING_KINDS as [TrainingKind, ...TrainingKind[]]),
    title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    description: z.string().trim().max(4000, 'validation.tooLong'),
    language: z.string().regex(/^[a-z]{2}$/, 'validation.required'),
    capacity: wholeNumber(1, 1000, 'trainings.validation.capacity'),
    enrolmentDeadline: z.string().min(1, 'validation.required'),
    balanceMaxPercent: z.string(),
    requiresApproval: z.boolean(),
    minSessionsAttended: z.string().trim().regex(/^\d*$/, 'trainings.validation.sessionsRequired'),
    sessions: z.array(sessionSchema).min(1, 'trainings.validation.oneSession'),
    moduleIds: z.array(z.string()),
    trainerIds: z.array(z.string()),
  })
  .superRefine((v, ctx) => {
    if (
      v.kind === 'JOINT_SEMINAR' &&
      !wholeNumber(1, 100, 'x').safeParse(v.balanceMaxPercent).success
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['balanceMaxPercent'],
        message: 'trainings.validation.percent',
      });
    }
    if (v.minSessionsAttended !== '') {
      const n = Number(v.minSessionsAttended);
      if (n < 1 || n > v.sessions.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['minSessionsAttended'],
          message: 'trainings.validation.sessionsRequired',
        });
      }
    }
    v.sessions.forEach((s, i) => {
      if (s.startsAt && s.endsAt && fromLocalInput(s.endsAt) <= fromLocalInput(s.startsAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', i, 'endsAt'],
          message: 'trainings.validation.endAfterStart',
        });
      }
      if (!s.venue.trim() && !s.onlineUrl.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', i, 'venue'],
          message: 'trainings.validation.venueOrLink',
        });
      }
    });
    const starts = v.sessions
      .map((s) => fromLocalInput(s.startsAt))
      .filter(Boolean)
      .sort();
    const deadline = fromLocalInput(v.enrolmentDeadline);
    if (deadline && starts.length > 0 && deadline > starts[0]) {
      ctx.addIssue({
        code: 'custom',
        path: ['enrolmentDeadline'],
        message: 'trainings.validation.deadlineBeforeStart',
      });
    }
  });

export type TrainingFormValues = z.infer<typeof trainingSchema>;
export type SessionValues = TrainingFormValues['sessions'][number];

export const emptySession = (): SessionValues => ({
  sessionId: '',
  startsAt: '',
  endsAt: '',
  venue: '',
  onlineUrl: '',
});

export const DEFAULT_BALANCE_PERCENT = 60;

export function toFormValues(
  training?: Training,
  defaults: { regionId?: string; language?: string } = {},
): TrainingFormValues {
  if (!training) {
    return {
      regionId: defaults.regionId ?? '',
      kind: 'JOINT_SEMINAR',
      title: '',
      description: '',
      language: defaults.language ?? 'en',
      capacity: '12',
      enrolmentDeadline: '',
      balanceMaxPercent: String(DEFAULT_BALANCE_PERCENT),
      requiresApproval: false,
      minSessionsAttended: '',
      sessions: [emptySession()],
      moduleIds: [],
      trainerIds: [],
    };
  }
  return {
    regionId: training.regionId,
    kind: training.kind,
    title: training.title,
    description: training.description,
    language: training.language,
    capacity: String(training.capacity),
    enrolmentDeadline: toLocalInput(training.enrolmentDeadline),
    balanceMaxPercent: String(training.balanceMaxPercent ?? DEFAULT_BALANCE_PERCENT),
    requiresApproval: training.requiresApproval,
    // All sessions required is the default: show it as "all" so that adding a session keeps it so.
    minSessionsAttended:
      training.sessionsRequired >= training.sessions.length
        ? ''
        : String(training.sessionsRequired),
    sessions: training.sessions.map((s) => ({
      sessionId: s.id,
      startsAt: toLocalInput(s.startsAt),
      endsAt: toLocalInput(s.endsAt),
      venue: s.venue ?? '',
      onlineUrl: s.onlineUrl ?? '',
    })),
    moduleIds: training.programme.map((m) => m.moduleId),
    trainerIds: training.trainers.map((t) => t.userId),
  };
}

/** The request: kind and region only on creation, the balance rule only for joint seminars. */
export function toRequest(values: TrainingFormValues, mode: 'create' | 'edit'): TrainingInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    ...(mode === 'create'
      ? { kind: values.kind, ...(values.regionId ? { regionId: values.regionId } : {}) }
      : {}),
    title: values.title.trim(),
    description: values.description.trim(),
    language: values.language,
    capacity: Number(values.capacity),
    enrolmentDeadline: fromLocalInput(values.enrolmentDeadline),
    ...(values.kind === 'JOINT_SEMINAR'
      ? { balanceMaxPercent: Number(values.balanceMaxPercent) }
      : {}),
    requiresApproval: values.requiresApproval,
    ...(values.minSessionsAttended.trim()
      ? { minSessionsAttended: Number(values.minSessionsAttended) }
      : {}),
    moduleIds: values.moduleIds,
    trainerIds: values.trainerIds,
    sessions: values.sessions.map((s) => ({
      ...(s.sessionId ? { id: s.sessionId } : {}),
      startsAt: fromLocalInput(s.startsAt),
      endsAt: fromLocalInput(s.endsAt),
      venue: optional(s.venue),
      onlineUrl: optional(s.onlineUrl),
    })),
  };
}

const FIELDS = [
  /^(regionId|kind|title|description|language|capacity|enrolmentDeadline|balanceMaxPercent|requiresApproval|minSessionsAttended|sessions|moduleIds|trainerIds)$/,
  /^sessions\.\d+\.(startsAt|endsAt|venue|onlineUrl)$/,
];

/** The form fields a server validation error can be shown at. */
export const isTrainingField = (path: string) => FIELDS.some((f) => f.test(path));
