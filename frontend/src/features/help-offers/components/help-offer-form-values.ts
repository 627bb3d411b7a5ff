import { z } from 'zod';
import type { HelpOfferInput } from '../api/create-help-offer';
import { HELP_OFFER_KINDS, type HelpOffer, type HelpOfferKind } from '../api/get-help-offers';

/** Limits of the contract (HelpOfferRequest). */
export const LIMITS = {
  name: 200,
  description: 4000,
  areaServed: 500,
  contactEmail: 254,
  contactPhone: 40,
  maxAge: 25,
  places: 100_000,
  languages: 12,
} as const;

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** A whole number typed into a field, from min to max; empty is allowed when optional. */
const wholeNumber = (max: number, message: string, optional = false) =>
  z
    .string()
    .trim()
    .refine((v) => (optional && v === '') || (/^\d+$/.test(v) && Number(v) <= max), message);

const isAge = (value: string) => /^\d+$/.test(value.trim()) && Number(value) <= LIMITS.maxAge;

export const helpOfferSchema = z
  .object({
    organisationId: z.string().min(1, 'validation.organisationRequired'),
    name: requiredText(LIMITS.name),
    description: requiredText(LIMITS.description),
    kind: z.string().refine((v) => HELP_OFFER_KINDS.some((k) => k === v), 'validation.required'),
    minAge: z.string().refine(isAge, 'helpOffers.validation.age'),
    maxAge: z.string().refine(isAge, 'helpOffers.validation.age'),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1, 'helpOffers.validation.languages')
      .max(LIMITS.languages, 'helpOffers.validation.tooManyLanguages'),
    areaServed: requiredText(LIMITS.areaServed),
    contactEmail: z.union([
      z.literal(''),
      z.email('validation.email').max(LIMITS.contactEmail, 'validation.tooLong'),
    ]),
    contactPhone: z
      .string()
      .trim()
      .max(LIMITS.contactPhone, 'validation.tooLong')
      .regex(/^[0-9+()./ -]*$/, 'validation.phone'),
    capacity: wholeNumber(LIMITS.places, 'helpOffers.validation.places', true),
    waitingList: wholeNumber(LIMITS.places, 'helpOffers.validation.places'),
    active: z.boolean(),
  })
  .refine((v) => !(isAge(v.minAge) && isAge(v.maxAge) && Number(v.minAge) > Number(v.maxAge)), {
    path: ['maxAge'],
    message: 'helpOffers.validation.maxBelowMin',
    // Also while other fields are still wrong, so that every error shows at once.
    when: () => true,
  });

export type HelpOfferFormValues = z.input<typeof helpOfferSchema>;

const FIELDS = Object.keys(helpOfferSchema.shape);

/** The paths the form shows an error at (for the server's field errors). */
export const isHelpOfferField = (path: string) => FIELDS.includes(path);

export function toFormValues(
  offer?: HelpOffer,
  defaults: { organisationId?: string } = {},
): HelpOfferFormValues {
  return {
    organisationId: offer?.organisationId ?? defaults.organisationId ?? '',
    name: offer?.name ?? '',
    description: offer?.description ?? '',
    kind: offer?.kind ?? '',
    minAge: offer ? String(offer.minAge) : '',
    maxAge: offer ? String(offer.maxAge) : '',
    languages: offer ? [...offer.languages] : [],
    areaServed: offer?.areaServed ?? '',
    contactEmail: offer?.contactEmail ?? '',
    contactPhone: offer?.contactPhone ?? '',
    capacity: offer?.capacity != null ? String(offer.capacity) : '',
    waitingList: offer ? String(offer.waitingList) : '0',
    active: offer?.active ?? true,
  };
}

/** Empty optional fields are left out of the request. */
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The request for valid form values (after the schema has passed them). */
export function toRequest(values: HelpOfferFormValues): HelpOfferInput {
  return {
    organisationId: values.organisationId,
    name: values.name.trim(),
    description: values.description.trim(),
    kind: values.kind as HelpOfferKind,
    minAge: Number(values.minAge),
    maxAge: Number(values.maxAge),
    languages: values.languages,
    areaServed: values.areaServed.trim(),
    contactEmail: optional(values.contactEmail),
    contactPhone: optional(values.contactPhone),
    capacity: values.capacity.trim() === '' ? undefined : Number(values.capacity),
    waitingList: Number(values.waitingList),
    active: values.active,
  };
}
