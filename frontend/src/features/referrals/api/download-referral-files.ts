import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/save-blob';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** Downloads the consent scan with the signed-in user's token. */
export async function downloadConsentDocument(id: string): Promise<void> {
  const result = await api.GET('/api/v1/referrals/{id}/consent/document', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  const type = result.response.headers.get('Content-Type')?.split(';')[0] ?? '';
  saveBlob(blob, `consent-${id}.${EXTENSIONS[type] ?? 'bin'}`);
}

/** Downloads everything held about the child (subject access; coordinators) as a JSON file. */
export async function exportReferral(id: string): Promise<void> {
  const result = await api.GET('/api/v1/referrals/{id}/export', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(new Blob([blob], { type: 'application/json' }), `referral-${id}.json`);
}

export function useDownloadConsentDocument() {
  return useMutation<void, ApiError, string>({ mutationFn: downloadConsentDocument });
}

export function useExportReferral() {
  return useMutation<void, ApiError, string>({ mutationFn: exportReferral });
}
