import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';

type Variables = { enrolmentId: string; code?: string };

/** Fetches a certificate PDF with the signed-in user's token (never in a URL) and saves it. */
export async function downloadCertificate({ enrolmentId, code }: Variables): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/enrolments/{id}/certificate', {
      params: { path: { id: enrolmentId } },
      parseAs: 'blob',
    }),
  ) as Blob;
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `certificate-${code ?? enrolmentId}.pdf`;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function useDownloadCertificate() {
  return useMutation<void, ApiError, Variables>({ mutationFn: downloadCertificate });
}
