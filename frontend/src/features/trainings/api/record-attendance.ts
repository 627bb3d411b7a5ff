import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { attendanceQueryKey, type AttendanceRow, type AttendanceSheet } from './get-attendance';

/** `tick` tells the caller's ticks of one row apart; it is not sent. */
type Variables = { enrolmentId: string; present: boolean; tick?: number };
type Context = { previous?: AttendanceSheet };

/** Replaces one row of a sheet, leaving the others as they are. */
export function withRow(
  sheet: AttendanceSheet,
  enrolmentId: string,
  change: Partial<AttendanceRow>,
): AttendanceSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => (row.enrolmentId === enrolmentId ? { ...row, ...change } : row)),
  };
}

export async function recordAttendance(
  trainingId: string,
  sessionId: string,
  { enrolmentId, present }: Variables,
): Promise<AttendanceRow> {
  return unwrap(
    await api.PUT('/api/v1/trainings/{id}/sessions/{sessionId}/attendance/{enrolmentId}', {
      params: { path: { id: trainingId, sessionId, enrolmentId } },
      body: { present },
    }),
  );
}

/**
 * Ticks a participant present or absent; the sheet shows the tick before the server answers and is
 * undone if it fails. `onSettled` runs after every tick, answered or failed.
 */
export function useRecordAttendance(
  trainingId: string,
  sessionId: string,
  { onSettled }: { onSettled?: (variables: Variables) => void } = {},
) {
  const queryClient = useQueryClient();
  const key = attendanceQueryKey(trainingId, sessionId);
  return useMutation<AttendanceRow, ApiError, Variables, Context>({
    mutationFn: (variables) => recordAttendance(trainingId, sessionId, variables),
    onMutate: async ({ enrolmentId, present }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<AttendanceSheet>(key);
      if (previous) queryClient.setQueryData(key, withRow(previous, enrolmentId, { present }));
      return { previous };
    },
    onError: (_error, { enrolmentId }, context) => {
      const before = context?.previous?.rows.find((r) => r.enrolmentId === enrolmentId);
      const current = queryClient.getQueryData<AttendanceSheet>(key);
      // Undo only this row: ticks of other rows made meanwhile stay.
      if (current)
        queryClient.setQueryData(key, withRow(current, enrolmentId, { present: before?.present }));
    },
    onSuccess: (row) => {
      const current = queryClient.getQueryData<AttendanceSheet>(key);
      if (current) queryClient.setQueryData(key, withRow(current, row.enrolmentId, row));
    },
    onSettled: (_data, _error, variables) => onSettled?.(variables),
  });
}
