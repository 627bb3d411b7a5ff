import { describe, expect, it } from 'vitest';
import { matchActions } from './match-actions';

describe('match actions', () => {
  it('asks for both consents of a new proposal, then for the one missing', () => {
    expect(matchActions({ status: 'PROPOSED' })).toEqual({
      consent: ['MENTOR', 'FAMILY'],
      start: false,
      close: true,
      feedback: false,
    });
    expect(
      matchActions({ status: 'PROPOSED', mentorConsentAt: '2026-05-01T10:00:00Z' }).consent,
    ).toEqual(['FAMILY']);
  });

  it('starts an accepted match, answers the diary of an active one', () => {
    expect(matchActions({ status: 'ACCEPTED' })).toMatchObject({ consent: [], start: true });
    expect(matchActions({ status: 'ACTIVE' })).toMatchObject({
      start: false,
      close: true,
      feedback: true,
    });
  });

  it('does nothing with a closed match', () => {
    expect(matchActions({ status: 'CLOSED' })).toEqual({
      consent: [],
      start: false,
      close: false,
      feedback: false,
    });
  });
});
