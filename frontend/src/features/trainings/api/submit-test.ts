import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { TestScore } from './get-my-enrolments';
import { trainingsChanged } from './get-training';

export type TestSubmission = components['schemas']['TestSubmission'];
export type TestPhase = components['schemas']['Phase'];

type Variables = { enrolmentId: string; submission: TestSubmission };

/** Submits my pre- or post-test; the answer is my score. */
export async function submitTest({ enrolmentId, submission }: Variables): Promise<TestScore> {
  return unwrap(
    await api.POST('/api/v1/enrolments/{id}/test-results', {
      params: { path: { id: enrolmentId } },
      body: submission,
    }),
  );
}

export function useSubmitTest() {
  const queryClient = useQueryClient();
  return useMutation<TestScore, ApiError, Variables>({
    mutationFn: submitTest,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
