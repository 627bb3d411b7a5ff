import { z } from 'zod';
import type { ConsentInput } from '../api/record-consent';
import type { ReferralInput } from '../api/save-referral';
import type {
  AddictionKind,
  AffectedParent,
  ConsentForm,
  ConsentGiver,
  ConsentPurpose,
  Gender,
  Indicator,
  Referral,
  Urgency,
} from '../api/get-referrals';
import { MAX_SCAN_BYTES, SCAN_TYPES } from '../api/upload-consent-document';

/** Limits of the contract (ReferralRequest, ConsentRequest). */
export const LIMITS = {
  firstName: 100,
  area: 200,
  school: 200,
  languages: 12,
  observations: 4000,
  recipients: 500,
  witness: 200,
  maxAge: 25,
} as const;

export const STEPS = ['child', 'observations', 'consent', 'target', 'review'] as const;
export type Step = (typeof STEPS)[number];

const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a birth month lies within the last 25 years and not in the future (as the API checks). */
export function birthInRange(year: number, month: number, today: Date = new Date()): boolean {
  const born = year * 12 + (month - 1);
  const now = today.getFullYear() * 12 + today.getMonth();
  return born <= now && born >= now - LIMITS.maxAge * 12;
}

export const childSchema = z
  .object({
    firstName: requiredText(LIMITS.firstName),
    birthMonth: z.string().regex(/^(1[0-2]|[1-9])$/, 'validation.required'),
    birthYear: z.string().regex(/^\d{4}$/, 'validation.required'),
    gender: z.string().min(1, 'validation.required'),
    area: requiredText(LIMITS.area),
    school: optionalText(LIMITS.school),
    languages: z.array(z.string()).max(LIMITS.languages, 'referrals.validation.tooManyLanguages'),
  })
  .refine(
    (v) =>
      !/^\d{4}$/.test(v.birthYear) ||
      !/^\d+$/.test(v.birthMonth) ||
      birthInRange(Number(v.birthYear), Number(v.birthMonth)),
    { path: ['birthYear'], message: 'referrals.validation.birth', when: () => true },
  );

export const observationsSchema = z
  .object({
    indicators: z.array(z.string()),
    observations: optionalText(LIMITS.observations),
    urgency: z.string().min(1, 'validation.required'),
    affectedParents: z.array(z.string()),
    addictionKinds: z.array(z.string()),
  })
  .refine((v) => v.indicators.length > 0 || v.observations.trim() !== '', {
    path: ['indicators'],
    message: 'referrals.validation.observations',
    when: () => true,
  });

/** The consent step: "not yet" leaves it empty (the draft can be saved, not submitted). */
export const consentSchema = z
  .object({
    consentGiven: z.boolean(),
    givenBy: z.string(),
    givenOn: z.string(),
    purposes: z.array(z.string()),
    recipients: optionalText(LIMITS.recipients),
    form: z.string(),
    witness: optionalText(LIMITS.witness),
    validUntil: z.string(),
    scan: z.custom<File | null>((v) => v === null || v instanceof File),
  })
  .superRefine((v, ctx) => {
    if (v.scan) {
      if (!(SCAN_TYPES as readonly string[]).includes(v.scan.type)) {
        ctx.addIssue({ code: 'custom', path: ['scan'], message: 'referrals.validation.scanType' });
      } else if (v.scan.size > MAX_SCAN_BYTES) {
        ctx.addIssue({ code: 'custom', path: ['scan'], message: 'referrals.validation.scanSize' });
      }
    }
    if (!v.consentGiven) return;
    const need = (path: keyof typeof v, ok: boolean, message = 'validation.required') => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need('givenBy', v.givenBy !== '');
    need('givenOn', isoDate.test(v.givenOn));
    need('purposes', v.purposes.length > 0, 'referrals.validation.purposes');
    need('recipients', v.recipients.trim() !== '');
    need('form', v.form !== '');
    need('validUntil', isoDate.test(v.validUntil));
    if (v.form === 'VERBAL_WITNESSED') need('witness', v.witness.trim() !== '');
    if (isoDate.test(v.givenOn) && isoDate.test(v.validUntil) && v.validUntil < v.givenOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'referrals.validation.validUntil',
      });
    }
  });

export const targetSchema = z.object({
  targetOfferId: z.string().min(1, 'referrals.validation.target'),
});

export type ChildValues = z.input<typeof childSchema>;
export type ObservationsValues = z.input<typeof observationsSchema>;
export type ConsentValues = z.input<typeof consentSchema>;
export type TargetValues = z.input<typeof targetSchema>;
export type ReferralFormValues = ChildValues & ObservationsValues & ConsentValues & TargetValues;

/** The schema of each step that has fields (the review step has none). */
export const STEP_SCHEMAS = {
  child: childSchema,
  observations: observationsSchema,
  consent: consentSchema,
  target: targetSchema,
} as const;

/** The fields each step shows, to place the server's field errors and to go back to them. */
export const STEP_FIELDS: Record<Exclude<Step, 'review'>, readonly string[]> = {
  child: ['firstName', 'birthMonth', 'birthYear', 'gender', 'area', 'school', 'languages'],
  observations: ['indicators', 'observations', 'urgency', 'affectedParents', 'addictionKinds'],
  consent: [
    'givenBy',
    'givenOn',
    'purposes',
    'recipients',
    'form',
    'witness',
    'validUntil',
    'scan',
  ],
  target: ['targetOfferId'],
};

const ALL_FIELDS = Object.values(STEP_FIELDS).flat();
export const isReferralField = (path: string) => ALL_FIELDS.includes(path);

/** The step that shows a field, for a server error on it. */
export function stepOfField(field: string): Step | null {
  for (const [step, fields] of Object.entries(STEP_FIELDS)) {
    if (fields.includes(field)) return step as Step;
  }
  return null;
}

/**
 * The errors of one step's values, as field → translation key; empty when the step may be left.
 * (The form shows them at the fields; this is the rule the tests pin down.)
 */
export function stepErrors(step: Step, values: ReferralFormValues): Record<string, string> {
  if (step === 'review') return {};
  const result = STEP_SCHEMAS[step].safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = String(issue.path[0] ?? '');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Which purpose the target needs: the mentoring programme MENTORING, other offers HELP_OFFER. */
export function neededPurpose(kind: string | undefined): ConsentPurpose {
  return kind === 'MENTORING_PROGRAMME' ? 'MENTORING' : 'HELP_OFFER';
}

export function emptyValues(targetOfferId = ''): ReferralFormValues {
  return {
    firstName: '',
    birthMonth: '',
    birthYear: '',
    gender: '',
    area: '',
    school: '',
    languages: [],
    indicators: [],
    observations: '',
    urgency: 'ROUTINE',
    affectedParents: [],
    addictionKinds: [],
    consentGiven: false,
    givenBy: '',
    givenOn: '',
    purposes: [],
    recipients: '',
    form: '',
    witness: '',
    validUntil: '',
    scan: null,
    targetOfferId,
  };
}

/** A stored draft as form values (to continue it). */
export function toFormValues(referral: Referral): ReferralFormValues {
  const child = referral.child;
  const consent = referral.consent && !referral.consent.withdrawnAt ? referral.consent : undefined;
  return {
    ...emptyValues(referral.target.offerId),
    firstName: child?.firstName ?? '',
    birthMonth: child ? String(child.birthMonth) : '',
    birthYear: child ? String(child.birthYear) : '',
    gender: child?.gender ?? '',
    area: child?.area ?? '',
    school: child?.school ?? '',
    languages: [...(child?.languages ?? [])],
    indicators: [...referral.indicators],
    observations: referral.observations ?? '',
    urgency: referral.urgency,
    affectedParents: [...referral.affectedParents],
    addictionKinds: [...referral.addictionKinds],
    consentGiven: !!consent,
    givenBy: consent?.givenBy ?? '',
    givenOn: consent?.givenOn ?? '',
    purposes: [...(consent?.purposes ?? [])],
    recipients: consent?.recipients ?? '',
    form: consent?.form ?? '',
    witness: consent?.witness ?? '',
    validUntil: consent?.validUntil ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The referral request for valid form values. */
export function toReferralRequest(v: ReferralFormValues): ReferralInput {
  return {
    targetOfferId: v.targetOfferId,
    firstName: v.firstName.trim(),
    birthYear: Number(v.birthYear),
    birthMonth: Number(v.birthMonth),
    gender: v.gender as Gender,
    area: v.area.trim(),
    school: optional(v.school),
    languages: v.languages,
    indicators: v.indicators as Indicator[],
    observations: optional(v.observations),
    urgency: v.urgency as Urgency,
    affectedParents: v.affectedParents as AffectedParent[],
    addictionKinds: v.addictionKinds as AddictionKind[],
  };
}

/** The consent request, or null when no consent is recorded yet. */
export function toConsentRequest(v: ReferralFormValues): ConsentInput | null {
  if (!v.consentGiven) return null;
  return {
    givenBy: v.givenBy as ConsentGiver,
    givenOn: v.givenOn,
    purposes: v.purposes as ConsentPurpose[],
    recipients: v.recipients.trim(),
    form: v.form as ConsentForm,
    witness: v.form === 'VERBAL_WITNESSED' ? optional(v.witness) : undefined,
    validUntil: v.validUntil,
  };
}

/** Whether the consent in the form differs from the stored one (replacing drops the stored scan). */
export function consentChanged(v: ReferralFormValues, stored: Referral | undefined): boolean {
  const request = toConsentRequest(v);
  if (!request) return false;
  const c = stored?.consent;
  if (!c || c.withdrawnAt) return true;
  return (
    c.givenBy !== request.givenBy ||
    c.givenOn !== request.givenOn ||
    [...c.purposes].sort().join() !== [...request.purposes].sort().join() ||
    c.recipients !== request.recipients ||
    c.form !== request.form ||
    (c.witness ?? undefined) !== request.witness ||
    c.validUntil !== request.validUntil
  );
}

export type ConsentIssue = 'missing' | 'withdrawn' | 'purpose' | 'notYetValid' | 'expired' | null;

/**
 * Why the stored consent does not allow submitting to the referral's target (the server's rule: in force
 * today, covering the purpose the target needs), or null when it does.
 */
export function consentIssue(referral: Referral, today: string): ConsentIssue {
  const c = referral.consent;
  if (!c) return 'missing';
  if (c.withdrawnAt) return 'withdrawn';
  if (!c.purposes.includes(neededPurpose(referral.target.kind))) return 'purpose';
  if (c.givenOn > today) return 'notYetValid';
  if (c.validUntil < today) return 'expired';
  return null;
}
