import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type CertificateVerification = components['schemas']['CertificateVerification'];

/** Codes are printed in groups of four; spaces and lower case are accepted. */
export const CERTIFICATE_CODE = /^[A-Za-z0-9 -]{12,20}$/;

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Public: whether a certificate code is valid, for which training and name. */
export async function verifyCertificate(code: string): Promise<CertificateVerification> {
  return unwrap(await api.GET('/api/v1/certificates/{code}', { params: { path: { code } } }));
}

export function useCertificate(code: string) {
  return useQuery(
    queryOptions<CertificateVerification, ApiError>({
      queryKey: ['certificates', code],
      queryFn: () => verifyCertificate(code),
      enabled: CERTIFICATE_CODE.test(code),
      retry: false,
    }),
  );
}
