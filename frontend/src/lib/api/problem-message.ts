import type { TFunction } from 'i18next';
import { isApiError } from './problem';

/**
 * A message for the user: translated by the problem's code where we know it, else the server's detail.
 * A scope (e.g. "trainings") looks for `<scope>.problems.<code>` first, for codes whose meaning depends
 * on the feature (illegal_transition).
 */
export function problemMessage(t: TFunction, error: unknown, scope?: string): string {
  if (!isApiError(error)) return t('problems.network');
  const code = error.code;
  if (code === 'too_many_attempts') {
    return t('problems.too_many_attempts', { seconds: error.retryAfter ?? 60 });
  }
  if (scope && code && t(`${scope}.problems.${code}`, { defaultValue: '' })) {
    return t(`${scope}.problems.${code}`);
  }
  if (code && t(`problems.${code}`, { defaultValue: '' })) return t(`problems.${code}`);
  if (error.status === 403) return t('problems.forbidden');
  if (error.status === 404) return t('problems.not_found');
  if (error.status === 412) return t('problems.precondition_failed');
  return error.problem.detail ?? t('problems.generic');
}
