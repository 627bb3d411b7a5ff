import type { Me } from '@/lib/auth/get-me';

/** ADMIN edits any organisation, a COORDINATOR those of their own regions (the server decides). */
export function canCreateOrganisations(me: Me | undefined): boolean {
  return me?.role === 'ADMIN' || me?.role === 'COORDINATOR';
}

export function canEditOrganisation(me: Me | undefined, regionId: string): boolean {
  if (!me) return false;
  if (me.role === 'ADMIN') return true;
  return me.role === 'COORDINATOR' && me.regionIds.includes(regionId);
}

/** The regions a user may pick when creating or editing an organisation. */
export function editableRegionIds(me: Me | undefined): string[] | 'all' {
  if (me?.role === 'ADMIN') return 'all';
  return me?.regionIds ?? [];
}
