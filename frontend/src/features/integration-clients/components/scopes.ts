import type { TFunction } from 'i18next';
import type { ClientScope } from '../api/get-integration-clients';

/** All scopes, in the order the form lists them. */
export const CLIENT_SCOPES = [
  'directory:read',
  'agreements:read',
  'trainings:read',
  'trainings:write',
  'referrals:read',
  'referrals:write',
  'mentoring:read',
] as const satisfies readonly ClientScope[];

/** The translation key of a scope (':' separates namespaces in i18next, so it becomes '_'). */
export function scopeKey(scope: string): string {
  return `integrationClients.scopes.${scope.replace(/:/g, '_')}`;
}

export function scopeLabel(t: TFunction, scope: string): string {
  return t(scopeKey(scope), { defaultValue: scope });
}

/** The scopes in the form's order, known ones only. */
export function sortScopes(scopes: readonly string[]): ClientScope[] {
  return CLIENT_SCOPES.filter((s) => scopes.includes(s));
}
