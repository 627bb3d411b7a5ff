import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type AgreementSummary = components['schemas']['AgreementSummary'];
export type AgreementPage = components['schemas']['AgreementPage'];
export type AgreementStatus = components['schemas']['AgreementStatus'];
export type AgreementsQuery = NonNullable<operations['listAgreements']['parameters']['query']>;

export const AGREEMENT_PAGE_SIZE = 20;

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  'DRAFT',
  'NEGOTIATION',
  'READY_FOR_SIGNATURE',
  'SIGNED',
  'ACTIVE',
  'UNDER_REVIEW',
  'RENEWED',
  'TERMINATED',
];

export async function getAgreements(query: AgreementsQuery): Promise<AgreementPage> {
  return unwrap(await api.GET('/api/v1/agreements', { params: { query } }));
}

export function getAgreementsQueryOptions(query: AgreementsQuery) {
  return queryOptions<AgreementPage, ApiError>({
    queryKey: ['agreements', 'list', query],
    queryFn: () => getAgreements(query),
    placeholderData: keepPreviousData,
  });
}

export function useAgreements(query: AgreementsQuery) {
  return useQuery(getAgreementsQueryOptions(query));
}
