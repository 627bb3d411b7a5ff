import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type KnowledgeTest = components['schemas']['KnowledgeTest'];
export type TestQuestion = components['schemas']['TrainingQuestion'];

/** The programme's questions, without the answers. */
export async function getKnowledgeTest(trainingId: string): Promise<KnowledgeTest> {
  return unwrap(
    await api.GET('/api/v1/trainings/{id}/knowledge-test', {
      params: { path: { id: trainingId } },
    }),
  );
}

export function useKnowledgeTest(trainingId: string, enabled = true) {
  return useQuery({
    ...queryOptions<KnowledgeTest, ApiError>({
      queryKey: ['trainings', 'knowledge-test', trainingId],
      queryFn: () => getKnowledgeTest(trainingId),
      staleTime: 5 * 60_000,
    }),
    enabled,
  });
}
