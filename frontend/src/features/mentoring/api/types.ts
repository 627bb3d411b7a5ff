import type { components, operations } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Slot = Schemas['Slot'];
export type Interest = Schemas['Interest'];
export type Activity = Schemas['Activity'];
export type Mood = Schemas['Mood'];
export type Gender = Schemas['Gender'];
export type CloseReason = Schemas['CloseReason'];
export type AlertDecision = Schemas['AlertDecision'];
export type ScreeningStep = Schemas['ScreeningStep'];
export type VolunteerStatus = Schemas['VolunteerStatus'];
export type MatchStatus = Schemas['MatchStatus'];
export type ChildStatus = Schemas['ChildStatus'];
export type Party = Schemas['Party'];

export type Volunteer = Schemas['Volunteer'];
export type VolunteerSummary = Schemas['VolunteerSummary'];
export type VolunteerPage = Schemas['VolunteerPage'];
export type VolunteerApplication = Schemas['VolunteerApplication'];
export type ApplicationRegion = Schemas['ApplicationRegion'];
export type ScreeningStepRecord = Schemas['ScreeningStepRecord'];
export type ChildProfile = Schemas['ChildProfile'];
export type ChildProfilePage = Schemas['ChildProfilePage'];
export type ChildProfileRequest = Schemas['ChildProfileRequest'];
export type Match = Schemas['Match'];
export type MatchCriterion = Schemas['MatchCriterion'];
export type MatchFlags = Schemas['MatchFlags'];
export type MatchSuggestion = Schemas['MatchSuggestion'];
export type MatchingRun = Schemas['MatchingRun'];
export type MatchingProposal = Schemas['MatchingProposal'];
export type MentorHome = Schemas['MentorHome'];
export type MentorMatch = Schemas['MentorMatch'];
export type DiaryEntry = Schemas['DiaryEntry'];
export type DiaryEntryRequest = Schemas['DiaryEntryRequest'];
export type SafeguardingAlert = Schemas['SafeguardingAlert'];
export type TrainingSummary = Schemas['TrainingSummary'];

export type VolunteersQuery = NonNullable<operations['listVolunteers']['parameters']['query']>;
export type ChildrenQuery = NonNullable<operations['listChildren']['parameters']['query']>;
export type MatchesQuery = NonNullable<operations['listMatches']['parameters']['query']>;

export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type Day = (typeof DAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];

/** The 21 weekly slots, Monday morning to Sunday evening, in the API's order. */
export const SLOTS: readonly Slot[] = DAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}_${part}` as Slot),
);

export const INTERESTS: readonly Interest[] = [
  'SPORTS',
  'MUSIC',
  'ARTS_CRAFTS',
  'NATURE',
  'READING',
  'GAMES',
  'COOKING',
  'SCIENCE',
  'ANIMALS',
  'DANCE',
  'TECHNOLOGY',
  'THEATRE',
];

export const ACTIVITIES: readonly Activity[] = [
  'OUTDOORS',
  'PLAYGROUND',
  'SPORTS',
  'GAMES',
  'CRAFTS',
  'COOKING',
  'READING',
  'HOMEWORK',
  'MUSIC',
  'MUSEUM',
  'LIBRARY',
  'TALKING',
  'OTHER',
];

export const MOODS: readonly Mood[] = ['GREAT', 'GOOD', 'OK', 'DIFFICULT'];
export const GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'DIVERSE', 'UNDISCLOSED'];
/** A family may wish for a mentor of one of these genders. */
export const MENTOR_GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'DIVERSE'];
export const CLOSE_REASONS: readonly CloseReason[] = [
  'PLANNED_END',
  'MENTOR_WITHDREW',
  'FAMILY_WITHDREW',
  'SAFEGUARDING',
  'OTHER',
];
export const ALERT_DECISIONS: readonly AlertDecision[] = [
  'NO_ACTION',
  'TALK_WITH_MENTOR',
  'INFORM_REFERRER',
  'CHILD_PROTECTION_REPORT',
];
export const SCREENING_STEPS: readonly ScreeningStep[] = [
  'INTERVIEW',
  'CERTIFICATE',
  'TRAINING',
  'AGREEMENT',
];
export const VOLUNTEER_STATUSES: readonly VolunteerStatus[] = [
  'SCREENING',
  'APPROVED',
  'SUSPENDED',
  'REJECTED',
  'WITHDRAWN',
];
export const MATCH_STATUSES: readonly MatchStatus[] = ['PROPOSED', 'ACCEPTED', 'ACTIVE', 'CLOSED'];
export const CHILD_STATUSES: readonly ChildStatus[] = ['WAITING', 'MATCHED', 'CLOSED'];

/** The problem codes of this feature are worded under mentoring.problems.<code>. */
export const SCOPE = 'mentoring';
