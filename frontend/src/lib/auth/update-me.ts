import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { meQueryKey, type MeWithEtag } from './get-me';

export type UpdateMeInput = components['schemas']['UpdateMeRequest'];

export async function updateMe(input: UpdateMeInput, etag: string | null): Promise<MeWithEtag> {
  const result = await api.PUT('/api/v1/me', {
    params: { header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  const me = unwrap(result);
  return { me, etag: result.response.headers.get('ETag') };
}

/** Saves the signed-in user's own details; sends the ETag it last read as If-Match. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation<MeWithEtag, ApiError, UpdateMeInput>({
    mutationFn: (input) => {
      const current = queryClient.getQueryData<MeWithEtag>(meQueryKey);
      return updateMe(input, current?.etag ?? null);
    },
    onSuccess: (data) => {
      // The PUT may answer without an ETag header: fall back to a fresh read next time.
      queryClient.setQueryData(meQueryKey, data);
      if (!data.etag) void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
