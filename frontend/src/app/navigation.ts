import type { Role } from '@/lib/auth/get-me';

export type NavItem = { to: string; labelKey: string; roles: readonly Role[] };

const ALL: readonly Role[] = ['ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'MENTOR'];

/** The main navigation; each entry lists the roles that see it. */
export const navItems: readonly NavItem[] = [
  { to: '/mentoring', labelKey: 'nav.myMentoring', roles: ['MENTOR'] },
  {
    to: '/organisations',
    labelKey: 'nav.organisations',
    roles: ['ADMIN', 'COORDINATOR', 'PROFESSIONAL'],
  },
  {
    to: '/help-offers',
    labelKey: 'nav.helpOffers',
    roles: ['ADMIN', 'COORDINATOR', 'PROFESSIONAL'],
  },
  { to: '/referrals', labelKey: 'nav.referrals', roles: ['COORDINATOR', 'PROFESSIONAL'] },
  { to: '/agreements', labelKey: 'nav.agreements', roles: ['COORDINATOR', 'PROFESSIONAL'] },
  { to: '/trainings', labelKey: 'nav.trainings', roles: ['COORDINATOR', 'PROFESSIONAL', 'MENTOR'] },
  { to: '/training-modules', labelKey: 'nav.trainingModules', roles: ['COORDINATOR'] },
  { to: '/volunteers', labelKey: 'nav.volunteers', roles: ['COORDINATOR'] },
  { to: '/children', labelKey: 'nav.children', roles: ['COORDINATOR'] },
  { to: '/matching', labelKey: 'nav.matching', roles: ['COORDINATOR'] },
  { to: '/matches', labelKey: 'nav.matches', roles: ['COORDINATOR'] },
  { to: '/safeguarding', labelKey: 'nav.safeguarding', roles: ['COORDINATOR'] },
  { to: '/indicators', labelKey: 'nav.indicators', roles: ['ADMIN', 'COORDINATOR'] },
  { to: '/users', labelKey: 'nav.users', roles: ['ADMIN', 'COORDINATOR'] },
  {
    to: '/integration-clients',
    labelKey: 'nav.integrationClients',
    roles: ['ADMIN', 'COORDINATOR'],
  },
  { to: '/profile', labelKey: 'nav.profile', roles: ALL },
];

export function navItemsFor(role: Role | undefined): NavItem[] {
  if (!role) return [];
  return navItems.filter((item) => item.roles.includes(role));
}

export function canSee(role: Role | undefined, path: string): boolean {
  return navItemsFor(role).some((item) => item.to === path);
}
