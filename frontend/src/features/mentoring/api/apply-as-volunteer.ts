import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { VolunteerApplication } from './types';

/** Public: sends an application (202; the same answer whether or not the address applied before). */
export async function applyAsVolunteer(input: VolunteerApplication): Promise<void> {
  unwrap(await api.POST('/api/v1/volunteer-applications', { body: input }));
}

export function useApplyAsVolunteer() {
  return useMutation<void, ApiError, VolunteerApplication>({ mutationFn: applyAsVolunteer });
}
