import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/save-blob';

type Variables = { id: string; number: number };

/** Fetches a version's PDF with the signed-in user's token (never in a URL) and saves it. */
export async function downloadVersionPdf({ id, number }: Variables): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/agreements/{id}/versions/{number}/pdf', {
      params: { path: { id, number } },
      parseAs: 'blob',
    }),
  ) as Blob;
  saveBlob(blob, `agreement-${id}-v${number}.pdf`);
}

export function useDownloadVersionPdf() {
  return useMutation<void, ApiError, Variables>({ mutationFn: downloadVersionPdf });
}
