import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/save-blob';
import { fileNameFromDisposition } from './file-name';
import type { ExportFormat, IndicatorsQuery } from './types';

type Variables = { format: ExportFormat; query: IndicatorsQuery };

/** Fetches the indicators as a CSV or XLSX file with the signed-in user's token and saves it. */
export async function exportIndicators({ format, query }: Variables): Promise<void> {
  const result = await api.GET('/api/v1/indicators/export', {
    params: { query: { ...query, format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  const name =
    fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ??
    `indicators-${query.from ?? ''}-${query.to ?? ''}.${format}`;
  saveBlob(blob, name);
}

export function useExportIndicators() {
  return useMutation<void, ApiError, Variables>({ mutationFn: exportIndicators });
}
