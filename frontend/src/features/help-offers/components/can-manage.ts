import type { Me } from '@/lib/auth/get-me';
import type { HelpOffer, HelpOfferKind } from '../api/get-help-offers';
import { HELP_OFFER_KINDS } from '../api/get-help-offers';
import type { OrganisationOption } from '../api/get-organisation-options';

/**
 * Who keeps which offers, as the server decides: a coordinator the offers of the organisations of
 * their regions, a professional those of their own organisation except the region's mentoring
 * programme. (The API lets no other role publish or change offers.)
 */
export function canCreateHelpOffers(me: Me | undefined): boolean {
  if (me?.role === 'COORDINATOR') return me.regionIds.length > 0;
  return me?.role === 'PROFESSIONAL' && !!me.organisationId;
}

export function canManageHelpOffer(
  me: Me | undefined,
  offer: Pick<HelpOffer, 'organisationId' | 'regionId' | 'kind'>,
): boolean {
  if (me?.role === 'COORDINATOR') return me.regionIds.includes(offer.regionId);
  return (
    me?.role === 'PROFESSIONAL' &&
    offer.organisationId === me.organisationId &&
    offer.kind !== 'MENTORING_PROGRAMME'
  );
}

/** The kinds the caller may choose: the mentoring programme only for coordinators. */
export function kindsFor(me: Me | undefined): readonly HelpOfferKind[] {
  return me?.role === 'COORDINATOR'
    ? HELP_OFFER_KINDS
    : HELP_OFFER_KINDS.filter((k) => k !== 'MENTORING_PROGRAMME');
}

/** The organisations the caller may publish an offer for. */
export function manageableOrganisations(
  me: Me | undefined,
  organisations: readonly OrganisationOption[],
): OrganisationOption[] {
  if (me?.role === 'COORDINATOR') {
    return organisations.filter((o) => me.regionIds.includes(o.regionId));
  }
  if (me?.role === 'PROFESSIONAL') {
    return organisations.filter((o) => o.id === me.organisationId);
  }
  return [];
}

/** What the offer form lets the caller choose: organisations (fixed for a professional) and kinds. */
export function formChoices(
  me: Me | undefined,
  organisations: readonly OrganisationOption[],
  current?: Pick<HelpOffer, 'organisationId'>,
) {
  const choices = manageableOrganisations(me, organisations);
  const kept = current && organisations.find((o) => o.id === current.organisationId);
  if (kept && !choices.includes(kept)) choices.push(kept);
  return {
    organisations: choices,
    organisationFixed: me?.role === 'PROFESSIONAL',
    kinds: kindsFor(me),
  };
}

/** Professionals refer children to the active offers of their region (the directory lists only those). */
export function canReferTo(me: Me | undefined, offer: Pick<HelpOffer, 'active'>): boolean {
  return me?.role === 'PROFESSIONAL' && !!me.organisationId && offer.active;
}
