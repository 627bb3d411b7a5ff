import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { childQueryKey, type ChildWithEtag } from './get-child';
import { childrenChanged } from './get-children';
import type { ChildProfileRequest } from './types';

/** A new profile (no id) or a change to one (id and the ETag it was read with, for If-Match). */
type Variables = { id?: string; etag?: string | null; input: ChildProfileRequest };

/** Creates a child's profile (POST) or saves it again (PUT with If-Match; 412 when stale). */
export async function saveChild({ id, etag, input }: Variables): Promise<ChildWithEtag> {
  const result = id
    ? await api.PUT('/api/v1/children/{id}', {
        params: { path: { id }, header: { 'If-Match': etag ?? '' } },
        body: input,
      })
    : await api.POST('/api/v1/children', { body: input });
  return { child: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useSaveChild() {
  const queryClient = useQueryClient();
  return useMutation<ChildWithEtag, ApiError, Variables>({
    mutationFn: saveChild,
    onSuccess: (data) => {
      childrenChanged(queryClient);
      queryClient.setQueryData(childQueryKey(data.child.id), data);
    },
  });
}
