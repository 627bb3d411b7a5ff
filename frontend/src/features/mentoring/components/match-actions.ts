import type { Match, Party } from '../api/types';

export type MatchActions = {
  /** Whose consent can still be recorded (while PROPOSED) */
  consent: Party[];
  /** ACCEPTED: the first meeting starts the match. */
  start: boolean;
  /** Any open match can be closed. */
  close: boolean;
  /** Coordinators answer diary entries of an active match. */
  feedback: boolean;
};

/** What a coordinator can do with a match in its status (the server decides again). */
export function matchActions(
  match: Pick<Match, 'status' | 'mentorConsentAt' | 'familyConsentAt'>,
): MatchActions {
  const consent: Party[] =
    match.status === 'PROPOSED'
      ? [
          ...(match.mentorConsentAt ? [] : (['MENTOR'] as const)),
          ...(match.familyConsentAt ? [] : (['FAMILY'] as const)),
        ]
      : [];
  return {
    consent,
    start: match.status === 'ACCEPTED',
    close: match.status !== 'CLOSED',
    feedback: match.status === 'ACTIVE',
  };
}
