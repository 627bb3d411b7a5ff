import { describe, expect, it } from 'vitest';
import type { HelpOffer } from '../api/get-help-offers';
import {
  helpOfferSchema,
  isHelpOfferField,
  toFormValues,
  toRequest,
  type HelpOfferFormValues,
} from './help-offer-form-values';

const offer: HelpOffer = {
  id: 'o1',
  organisationId: 'org1',
  regionId: 'r1',
  name: 'Skupina za otroke Sonček',
  description: 'Tedenska skupina za otroke.',
  kind: 'CHILDREN_GROUP',
  minAge: 7,
  maxAge: 11,
  languages: ['sl', 'hr'],
  areaServed: 'Maribor',
  contactEmail: 'soncek@example.org',
  waitingList: 2,
  active: true,
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
};

const valid: HelpOfferFormValues = toFormValues(offer);

/** The form paths with an error, and their messages, for the given changes to a valid form. */
function errors(changes: Partial<HelpOfferFormValues>): Record<string, string> {
  const result = helpOfferSchema.safeParse({ ...valid, ...changes });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('help offer form values', () => {
  it('accepts an existing offer as it is', () => {
    expect(errors({})).toEqual({});
  });

  it('requires name, description, kind, organisation, ages, languages and area', () => {
    const empty = toFormValues();
    const result = helpOfferSchema.safeParse(empty);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      'areaServed',
      'description',
      'kind',
      'languages',
      'maxAge',
      'minAge',
      'name',
      'organisationId',
    ]);
    expect(errors({ name: '   ' })).toEqual({ name: 'validation.required' });
    expect(errors({ organisationId: '' })).toEqual({
      organisationId: 'validation.organisationRequired',
    });
  });

  it('keeps to the lengths of the contract', () => {
    expect(errors({ name: 'x'.repeat(200) })).toEqual({});
    expect(errors({ name: 'x'.repeat(201) })).toEqual({ name: 'validation.tooLong' });
    expect(errors({ description: 'x'.repeat(4001) })).toEqual({
      description: 'validation.tooLong',
    });
    expect(errors({ areaServed: 'x'.repeat(501) })).toEqual({ areaServed: 'validation.tooLong' });
    expect(errors({ contactPhone: '1'.repeat(41) })).toEqual({
      contactPhone: 'validation.tooLong',
    });
  });

  it('takes ages from 0 to 25 with the minimum not above the maximum', () => {
    expect(errors({ minAge: '0', maxAge: '25' })).toEqual({});
    expect(errors({ minAge: '9', maxAge: '9' })).toEqual({});
    expect(errors({ minAge: '12', maxAge: '6' })).toEqual({
      maxAge: 'helpOffers.validation.maxBelowMin',
    });
    expect(errors({ maxAge: '26' })).toEqual({ maxAge: 'helpOffers.validation.age' });
    expect(errors({ minAge: '-1' })).toEqual({ minAge: 'helpOffers.validation.age' });
    expect(errors({ minAge: '2.5' })).toEqual({ minAge: 'helpOffers.validation.age' });
  });

  it('reports a reversed age range also while other fields are still wrong', () => {
    expect(errors({ name: '', minAge: '12', maxAge: '6' })).toEqual({
      name: 'validation.required',
      maxAge: 'helpOffers.validation.maxBelowMin',
    });
  });

  it('needs one to twelve languages', () => {
    expect(errors({ languages: [] })).toEqual({ languages: 'helpOffers.validation.languages' });
    const thirteen = 'abcdefghijklm'.split('').map((c) => `${c}${c}`);
    expect(errors({ languages: thirteen })).toEqual({
      languages: 'helpOffers.validation.tooManyLanguages',
    });
  });

  it('checks the optional contact details only when given', () => {
    expect(errors({ contactEmail: '', contactPhone: '' })).toEqual({});
    expect(errors({ contactEmail: 'not-an-address' })).toEqual({
      contactEmail: 'validation.email',
    });
    expect(errors({ contactPhone: '+386 (2) 123-45/67' })).toEqual({});
    expect(errors({ contactPhone: 'call me' })).toEqual({ contactPhone: 'validation.phone' });
  });

  it('leaves the capacity open when empty and needs a waiting list from 0 to 100000', () => {
    expect(errors({ capacity: '' })).toEqual({});
    expect(errors({ capacity: '100000', waitingList: '100000' })).toEqual({});
    expect(errors({ capacity: '100001' })).toEqual({ capacity: 'helpOffers.validation.places' });
    expect(errors({ capacity: 'ten' })).toEqual({ capacity: 'helpOffers.validation.places' });
    expect(errors({ waitingList: '' })).toEqual({ waitingList: 'helpOffers.validation.places' });
  });

  it('sends an offer back as it was read, without empty optional fields', () => {
    expect(toRequest(valid)).toEqual({
      organisationId: 'org1',
      name: 'Skupina za otroke Sonček',
      description: 'Tedenska skupina za otroke.',
      kind: 'CHILDREN_GROUP',
      minAge: 7,
      maxAge: 11,
      languages: ['sl', 'hr'],
      areaServed: 'Maribor',
      contactEmail: 'soncek@example.org',
      contactPhone: undefined,
      capacity: undefined,
      waitingList: 2,
      active: true,
    });
  });

  it('trims text and turns typed numbers into numbers', () => {
    const request = toRequest({
      ...valid,
      name: '  Sonček  ',
      contactPhone: ' 02 123 45 67 ',
      capacity: '10',
      active: false,
    });
    expect(request).toMatchObject({
      name: 'Sonček',
      contactPhone: '02 123 45 67',
      capacity: 10,
      active: false,
    });
  });

  it('starts a new offer active, with nobody waiting', () => {
    expect(toFormValues(undefined, { organisationId: 'org1' })).toMatchObject({
      organisationId: 'org1',
      kind: '',
      languages: [],
      waitingList: '0',
      active: true,
    });
  });

  it('knows the fields the server may name', () => {
    expect(isHelpOfferField('maxAge')).toBe(true);
    expect(isHelpOfferField('languages')).toBe(true);
    expect(isHelpOfferField('regionId')).toBe(false);
  });
});
