import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Agreement = components['schemas']['Agreement'];
export type AgreementSection = components['schemas']['AgreementSection'];
export type AgreementParty = components['schemas']['AgreementParty'];

export async function getAgreement(id: string): Promise<Agreement> {
  return unwrap(await api.GET('/api/v1/agreements/{id}', { params: { path: { id } } }));
}

export const agreementQueryKey = (id: string) => ['agreements', 'detail', id] as const;

/** The strong ETag of an agreement: its version field, quoted (the server sends the same header). */
export const agreementEtag = (agreement: Pick<Agreement, 'version'>) => `"${agreement.version}"`;

/** Text is open to change until every party signed. */
export const isOpen = (status: Agreement['status']) =>
  status === 'DRAFT' || status === 'NEGOTIATION' || status === 'READY_FOR_SIGNATURE';

/** Activities can be logged while the agreement binds its parties. */
export const isBinding = (status: Agreement['status']) =>
  status === 'SIGNED' || status === 'ACTIVE' || status === 'UNDER_REVIEW';

export const isClosed = (status: Agreement['status']) =>
  status === 'RENEWED' || status === 'TERMINATED';

export function getAgreementQueryOptions(id: string) {
  return queryOptions<Agreement, ApiError>({
    queryKey: agreementQueryKey(id),
    queryFn: () => getAgreement(id),
  });
}

export function useAgreement(id: string) {
  return useQuery(getAgreementQueryOptions(id));
}

/** Stores an agreement the server answered with and refreshes what depends on it. */
export function agreementChanged(queryClient: QueryClient, agreement: Agreement) {
  queryClient.setQueryData(agreementQueryKey(agreement.id), agreement);
  void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['agreements', 'versions', agreement.id] });
  void queryClient.invalidateQueries({ queryKey: ['agreements', 'commitments', agreement.id] });
}
