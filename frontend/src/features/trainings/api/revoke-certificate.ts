import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { CertificateVerification } from './get-certificate';
import { trainingsChanged } from './get-training';

type Variables = { code: string; reason: string };

/** A coordinator withdraws a certificate; it then verifies as revoked. */
export async function revokeCertificate({ code, reason }: Variables) {
  return unwrap(
    await api.POST('/api/v1/certificates/{code}/revoke', {
      params: { path: { code } },
      body: { reason },
    }),
  );
}

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation<CertificateVerification, ApiError, Variables>({
    mutationFn: revokeCertificate,
    onSuccess: () => {
      trainingsChanged(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
    },
  });
}
