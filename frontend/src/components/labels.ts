import type { TFunction } from 'i18next';

/** Translated names of API enum values (roles, help systems). */
export function roleLabel(t: TFunction, role: string): string {
  return t(`roles.${role}`, { defaultValue: role });
}

export function helpSystemLabel(t: TFunction, helpSystem: string): string {
  return t(`helpSystems.${helpSystem}`, { defaultValue: helpSystem });
}

export const ROLES = ['ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'MENTOR'] as const;

export const HELP_SYSTEMS = [
  'ADDICTION_CARE',
  'YOUTH_WELFARE',
  'SCHOOL',
  'HEALTH',
  'UNIVERSITY',
  'OTHER',
] as const;
