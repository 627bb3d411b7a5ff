import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { Organisation } from './get-organisations';

export type OrganisationInput = components['schemas']['OrganisationRequest'];

export async function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return unwrap(await api.POST('/api/v1/organisations', { body: input }));
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation<Organisation, ApiError, OrganisationInput>({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] }),
  });
}
