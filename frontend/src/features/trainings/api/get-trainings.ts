import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type TrainingSummary = components['schemas']['TrainingSummary'];
export type TrainingPage = components['schemas']['TrainingPage'];
export type TrainingKind = components['schemas']['TrainingKind'];
export type TrainingStatus = components['schemas']['TrainingStatus'];
export type EnrolmentState = components['schemas']['EnrolmentState'];
export type TrainingsQuery = NonNullable<operations['listTrainings']['parameters']['query']>;

export const TRAINING_PAGE_SIZE = 20;
/** A month holds few trainings; one page of the largest size shows them all in the calendar. */
export const CALENDAR_PAGE_SIZE = 100;

export const TRAINING_KINDS: readonly TrainingKind[] = [
  'JOINT_SEMINAR',
  'MENTOR_PREPARATION',
  'SUPERVISION',
];

export const TRAINING_STATUSES: readonly TrainingStatus[] = [
  'DRAFT',
  'PUBLISHED',
  'COMPLETED',
  'CANCELLED',
];

export const ENROLMENT_STATES: readonly EnrolmentState[] = [
  'REQUESTED',
  'CONFIRMED',
  'WAITLISTED',
  'ATTENDED',
  'NO_SHOW',
  'CANCELLED',
  'DECLINED',
];

/** Who may enrol in a kind of training: professionals in joint seminars, mentors in the others. */
export const audienceOf = (kind: TrainingKind) =>
  kind === 'JOINT_SEMINAR' ? ('PROFESSIONAL' as const) : ('MENTOR' as const);

/** States that still hold or wait for a place (a new enrolment is refused while one exists). */
export const isActiveEnrolment = (state: EnrolmentState) =>
  state === 'REQUESTED' || state === 'CONFIRMED' || state === 'WAITLISTED';

/** States with a seat: these take part in tests, survey and attendance. */
export const isSeated = (state: EnrolmentState) =>
  state === 'CONFIRMED' || state === 'ATTENDED' || state === 'NO_SHOW';

export async function getTrainings(query: TrainingsQuery): Promise<TrainingPage> {
  return unwrap(await api.GET('/api/v1/trainings', { params: { query } }));
}

export function getTrainingsQueryOptions(query: TrainingsQuery) {
  return queryOptions<TrainingPage, ApiError>({
    queryKey: ['trainings', 'list', query],
    queryFn: () => getTrainings(query),
    placeholderData: keepPreviousData,
  });
}

export function useTrainings(query: TrainingsQuery, enabled = true) {
  return useQuery({ ...getTrainingsQueryOptions(query), enabled });
}
