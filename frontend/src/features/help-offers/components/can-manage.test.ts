import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/auth/get-me';
import { canCreateHelpOffers, canManageHelpOffer, formChoices, kindsFor } from './can-manage';

const person = (role: Me['role'], extra: Partial<Me> = {}): Me => ({
  id: 'u',
  email: 'x@example.org',
  displayName: 'X',
  preferredLanguage: 'en',
  role,
  regionIds: role === 'ADMIN' ? [] : ['si'],
  version: 0,
  ...extra,
});

const coordinator = person('COORDINATOR');
const professional = person('PROFESSIONAL', { organisationId: 'welfare' });
const organisations = [
  { id: 'welfare', name: 'CSD', regionId: 'si' },
  { id: 'addiction', name: 'Zavod', regionId: 'si' },
  { id: 'far', name: 'Beratung', regionId: 'de' },
];

describe('who keeps help offers', () => {
  it('lets coordinators and professionals with an organisation create offers', () => {
    expect(canCreateHelpOffers(coordinator)).toBe(true);
    expect(canCreateHelpOffers(professional)).toBe(true);
    expect(canCreateHelpOffers(person('PROFESSIONAL'))).toBe(false);
    expect(canCreateHelpOffers(person('MENTOR'))).toBe(false);
    // The API answers 403 to an administrator's change.
    expect(canCreateHelpOffers(person('ADMIN'))).toBe(false);
    expect(canCreateHelpOffers(undefined)).toBe(false);
  });

  it("lets a coordinator edit every offer of the region, a professional the own organisation's", () => {
    const group = { organisationId: 'addiction', regionId: 'si', kind: 'CHILDREN_GROUP' as const };
    const own = { ...group, organisationId: 'welfare' };
    const mentoring = { ...own, kind: 'MENTORING_PROGRAMME' as const };
    expect(canManageHelpOffer(coordinator, group)).toBe(true);
    expect(canManageHelpOffer(coordinator, mentoring)).toBe(true);
    expect(canManageHelpOffer(coordinator, { ...group, regionId: 'de' })).toBe(false);
    expect(canManageHelpOffer(professional, own)).toBe(true);
    expect(canManageHelpOffer(professional, group)).toBe(false);
    expect(canManageHelpOffer(professional, mentoring)).toBe(false);
    expect(canManageHelpOffer(person('ADMIN'), group)).toBe(false);
  });

  it('offers the mentoring programme only to coordinators', () => {
    expect(kindsFor(coordinator)).toContain('MENTORING_PROGRAMME');
    expect(kindsFor(professional)).not.toContain('MENTORING_PROGRAMME');
    expect(kindsFor(professional)).toContain('CHILDREN_GROUP');
  });

  it("fixes a professional's organisation and lists the region's for a coordinator", () => {
    expect(formChoices(professional, organisations)).toMatchObject({
      organisations: [organisations[0]],
      organisationFixed: true,
    });
    expect(formChoices(coordinator, organisations)).toMatchObject({
      organisations: [organisations[0], organisations[1]],
      organisationFixed: false,
    });
  });
});
