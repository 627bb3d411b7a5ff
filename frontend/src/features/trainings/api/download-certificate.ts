import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/save-blob';

type Variables = { enrolmentId: string; code?: string };

/** Fetches a certificate PDF with the signed-in user's token (never in a URL) and saves it. */
export async function downloadCertificate({ enrolmentId, code }: Variables): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/enrolments/{id}/certificate', {
      params: { path: { id: enrolmentId } },
      parseAs: 'blob',
    }),
  ) as Blob;
  saveBlob(blob, `certificate-${code ?? enrolmentId}.pdf`);
}

export function useDownloadCertificate() {
  return useMutation<void, ApiError, Variables>({ mutationFn: downloadCertificate });
}
