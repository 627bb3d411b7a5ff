import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type AttendanceSheet = components['schemas']['AttendanceSheet'];
export type AttendanceRow = components['schemas']['AttendanceRow'];

export const attendanceQueryKey = (trainingId: string, sessionId: string) =>
  ['trainings', 'attendance', trainingId, sessionId] as const;

/** A session's participants with a seat, and their tick where recorded. */
export async function getAttendance(trainingId: string, sessionId: string) {
  return unwrap(
    await api.GET('/api/v1/trainings/{id}/sessions/{sessionId}/attendance', {
      params: { path: { id: trainingId, sessionId } },
    }),
  );
}

export function useAttendance(trainingId: string, sessionId: string) {
  return useQuery(
    queryOptions<AttendanceSheet, ApiError>({
      queryKey: attendanceQueryKey(trainingId, sessionId),
      queryFn: () => getAttendance(trainingId, sessionId),
    }),
  );
}
