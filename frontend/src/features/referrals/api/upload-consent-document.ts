import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';

/** What the API stores: PDF, JPEG or PNG up to 5 MB (it checks the content, too). */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

type Variables = { id: string; file: File };

/** Sends the scan's bytes with its own content type; 413 above 5 MB, 415 for other files. */
export async function uploadConsentDocument({ id, file }: Variables): Promise<ReferralWithEtag> {
  const result = await api.PUT('/api/v1/referrals/{id}/consent/document', {
    params: { path: { id } },
    // The file goes as it is: no JSON serialisation.
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUploadConsentDocument() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, Variables>({
    mutationFn: uploadConsentDocument,
    onSuccess: (data) => queryClient.setQueryData(referralQueryKey(data.referral.id), data),
  });
}
