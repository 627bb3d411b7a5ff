import { SCREENING_STEPS, type ScreeningStep, type Volunteer } from '../api/types';

/**
 * The steps a coordinator can record, the next one first: in screening the missing steps (and a newer
 * certificate); an approved or suspended mentor only a new certificate (which reinstates them).
 */
export function recordableSteps(
  v: Pick<Volunteer, 'status' | 'steps' | 'nextStep'>,
): readonly ScreeningStep[] {
  if (v.status === 'APPROVED' || v.status === 'SUSPENDED') return ['CERTIFICATE'];
  if (v.status !== 'SCREENING') return [];
  const done = new Set(v.steps.map((s) => s.step));
  const missing = SCREENING_STEPS.filter((s) => !done.has(s));
  const again: ScreeningStep[] = done.has('CERTIFICATE') ? ['CERTIFICATE'] : [];
  return [...new Set([...(v.nextStep ? [v.nextStep] : []), ...missing, ...again])];
}
