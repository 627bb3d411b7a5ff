import type { TFunction } from 'i18next';
import { HELP_SYSTEMS } from '@/components/labels';
import type { Indicator } from '../api/types';

const AGREEMENT_STATUSES = [
  'DRAFT',
  'NEGOTIATION',
  'READY_FOR_SIGNATURE',
  'SIGNED',
  'ACTIVE',
  'UNDER_REVIEW',
  'RENEWED',
  'TERMINATED',
] as const;
const ACTIVITY_TYPES = [
  'REGULAR_EXCHANGE',
  'CASE_DISCUSSION',
  'JOB_SHADOWING',
  'MUTUAL_CONSULTATION',
  'JOINT_TRAINING',
] as const;
const TRAINING_KINDS = ['JOINT_SEMINAR', 'MENTOR_PREPARATION', 'SUPERVISION'] as const;
const SCREENING_NEXT_STEPS = [
  'INTERVIEW',
  'CERTIFICATE',
  'TRAINING',
  'AGREEMENT',
  'READY',
] as const;
const CLOSE_REASONS = [
  'PLANNED_END',
  'MENTOR_WITHDREW',
  'FAMILY_WITHDREW',
  'SAFEGUARDING',
  'OTHER',
] as const;

type Entry = {
  /** The parts an indicator is broken down into, in the order shown. */
  breakdowns: readonly string[];
  /** Where the parts are worded: an existing label key prefix (e.g. helpSystems). */
  labels?: string;
};

/** Every indicator of the report with its parts, in the order of the screen and the export. */
export const CATALOGUE: Readonly<Record<Indicator, Entry>> = {
  AGREEMENTS_BY_STATUS: { breakdowns: AGREEMENT_STATUSES, labels: 'agreements.status' },
  AGREEMENTS_SIGNED: { breakdowns: [] },
  ACTIVITIES_HELD: { breakdowns: ACTIVITY_TYPES, labels: 'agreements.commitmentTypes' },
  COMMITMENTS: { breakdowns: ['ON_TRACK', 'OVERDUE'], labels: 'agreements.health' },
  TRAININGS_HELD: { breakdowns: TRAINING_KINDS, labels: 'trainings.kind' },
  PARTICIPANTS_TRAINED: { breakdowns: [...HELP_SYSTEMS, 'VOLUNTEER'], labels: 'helpSystems' },
  LEARNING_GAIN: { breakdowns: [] },
  CERTIFICATES_ISSUED: { breakdowns: [] },
  VOLUNTEERS_APPLIED: { breakdowns: [] },
  VOLUNTEERS_IN_SCREENING: { breakdowns: SCREENING_NEXT_STEPS, labels: 'mentoring.board' },
  VOLUNTEERS_APPROVED: { breakdowns: [] },
  VOLUNTEERS_ACTIVE: { breakdowns: [] },
  RETENTION_6_MONTHS: { breakdowns: [] },
  RETENTION_12_MONTHS: { breakdowns: [] },
  REFERRALS_RECEIVED: { breakdowns: HELP_SYSTEMS, labels: 'helpSystems' },
  REFERRALS_ACCEPTED: { breakdowns: HELP_SYSTEMS, labels: 'helpSystems' },
  REFERRALS_WAITLISTED: { breakdowns: HELP_SYSTEMS, labels: 'helpSystems' },
  REFERRALS_MATCHED: { breakdowns: HELP_SYSTEMS, labels: 'helpSystems' },
  DAYS_REFERRAL_TO_MATCH: { breakdowns: [] },
  REFERRALS_OVERDUE: { breakdowns: HELP_SYSTEMS, labels: 'helpSystems' },
  MATCHES_STARTED: { breakdowns: [] },
  MATCHES_ACTIVE: { breakdowns: [] },
  MEETINGS_PER_MATCH_MONTH: { breakdowns: [] },
  MATCHES_CLOSED: { breakdowns: CLOSE_REASONS, labels: 'mentoring.closeReasons' },
};

export const INDICATORS = Object.keys(CATALOGUE) as Indicator[];

/** The key figures on top of the screen and in the region comparison. */
export const KEY_FIGURES: readonly Indicator[] = [
  'AGREEMENTS_SIGNED',
  'PARTICIPANTS_TRAINED',
  'VOLUNTEERS_ACTIVE',
  'REFERRALS_RECEIVED',
  'REFERRALS_MATCHED',
  'MATCHES_ACTIVE',
  'DAYS_REFERRAL_TO_MATCH',
];

/** The indicator's name, e.g. "Children referred". */
export function indicatorLabel(t: TFunction, indicator: Indicator): string {
  return t(`indicators.names.${indicator}`, { defaultValue: indicator });
}

/** A short definition of the indicator for the help text. */
export function indicatorDefinition(t: TFunction, indicator: Indicator): string {
  return t(`indicators.definitions.${indicator}`, { defaultValue: '' });
}

/** The name of one part of an indicator, worded where the rest of the app words it. */
export function breakdownLabel(t: TFunction, indicator: Indicator, breakdown: string): string {
  const own = t(`indicators.breakdowns.${breakdown}`, { defaultValue: '' });
  if (own) return own;
  const prefix = CATALOGUE[indicator]?.labels;
  return prefix ? t(`${prefix}.${breakdown}`, { defaultValue: breakdown }) : breakdown;
}
