import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { OrganisationInput } from './create-organisation';
import { organisationQueryKey, type OrganisationWithEtag } from './get-organisation';

type Variables = { id: string; etag: string | null; input: OrganisationInput };

/** Saves an organisation with If-Match; a 412 means someone else changed it meanwhile. */
export async function updateOrganisation({
  id,
  etag,
  input,
}: Variables): Promise<OrganisationWithEtag> {
  const result = await api.PUT('/api/v1/organisations/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return { organisation: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation<OrganisationWithEtag, ApiError, Variables>({
    mutationFn: updateOrganisation,
    onSuccess: (data, { id }) => {
      if (data.etag) queryClient.setQueryData(organisationQueryKey(id), data);
      else void queryClient.invalidateQueries({ queryKey: organisationQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}
