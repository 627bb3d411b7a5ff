import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { trainingsChanged } from './get-training';

export type SurveyInput = components['schemas']['SurveySubmission'];

type Variables = { enrolmentId: string; input: SurveyInput };

/** Submits my satisfaction survey, once. */
export async function submitSurvey({ enrolmentId, input }: Variables): Promise<void> {
  unwrap(
    await api.POST('/api/v1/enrolments/{id}/survey', {
      params: { path: { id: enrolmentId } },
      body: input,
    }),
  );
}

export function useSubmitSurvey() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, Variables>({
    mutationFn: submitSurvey,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
