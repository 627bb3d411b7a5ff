import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { volunteerQueryKey } from './get-volunteer';
import { volunteersChanged } from './get-volunteers';
import type { Volunteer } from './types';

export type ScreeningStepInput = components['schemas']['ScreeningStepRequest'];

type Variables = { id: string; input: ScreeningStepInput };

/** Records a screening step with a note; CERTIFICATE needs its issue date (422 certificate_expired). */
export async function recordScreeningStep({ id, input }: Variables): Promise<Volunteer> {
  return unwrap(
    await api.POST('/api/v1/volunteers/{id}/steps', { params: { path: { id } }, body: input }),
  );
}

export function useRecordScreeningStep() {
  const queryClient = useQueryClient();
  return useMutation<Volunteer, ApiError, Variables>({
    mutationFn: recordScreeningStep,
    onSuccess: (volunteer) => {
      queryClient.setQueryData(volunteerQueryKey(volunteer.id), volunteer);
      volunteersChanged(queryClient);
    },
  });
}
