import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Commitment = components['schemas']['AgreementCommitment'];
export type CommitmentType = components['schemas']['CommitmentType'];
export type FrequencyUnit = components['schemas']['FrequencyUnit'];
export type Health = components['schemas']['Health'];

export const COMMITMENT_TYPES: readonly CommitmentType[] = [
  'REGULAR_EXCHANGE',
  'CASE_DISCUSSION',
  'JOB_SHADOWING',
  'MUTUAL_CONSULTATION',
  'JOINT_TRAINING',
];
export const FREQUENCY_UNITS: readonly FrequencyUnit[] = ['WEEKS', 'TIMES_PER_YEAR'];

export const commitmentsQueryKey = (id: string) => ['agreements', 'commitments', id] as const;

export async function getCommitments(id: string): Promise<Commitment[]> {
  return unwrap(await api.GET('/api/v1/agreements/{id}/commitments', { params: { path: { id } } }));
}

export function useCommitments(id: string) {
  return useQuery(
    queryOptions<Commitment[], ApiError>({
      queryKey: commitmentsQueryKey(id),
      queryFn: () => getCommitments(id),
    }),
  );
}
