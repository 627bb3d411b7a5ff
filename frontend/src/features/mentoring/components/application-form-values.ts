import { z } from 'zod';
import {
  GENDERS,
  INTERESTS,
  SLOTS,
  type Gender,
  type Interest,
  type Slot,
  type VolunteerApplication,
} from '../api/types';
import { sortSlots } from './availability';

export const APPLICATION_LIMITS = {
  name: 100,
  email: 254,
  phone: 40,
  studyProgramme: 200,
  motivation: 2000,
  languages: 12,
} as const;

/** Full years between a birth date and a day, both YYYY-MM-DD (null for an invalid date). */
export function ageOn(birthDate: string, today: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!birth || !now) return null;
  const [by, bm, bd] = birth.slice(1).map(Number);
  const [ny, nm, nd] = now.slice(1).map(Number);
  const hadBirthday = nm > bm || (nm === bm && nd >= bd);
  return ny - by - (hadBirthday ? 0 : 1);
}

export const applicationSchema = z.object({
  regionId: z.string().min(1, 'validation.required'),
  firstName: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(APPLICATION_LIMITS.name, 'validation.tooLong'),
  lastName: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(APPLICATION_LIMITS.name, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(APPLICATION_LIMITS.email, 'validation.tooLong')
    .pipe(z.email('validation.email')),
  phone: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(/^[+0-9 ()/-]{5,40}$/, 'validation.phone'),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.required'),
  studyProgramme: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(APPLICATION_LIMITS.studyProgramme, 'validation.tooLong'),
  languages: z
    .array(z.string())
    .min(1, 'mentoring.validation.language')
    .max(APPLICATION_LIMITS.languages, 'validation.tooLong'),
  municipality: z.string().min(1, 'validation.required'),
  availability: z
    .array(z.enum(SLOTS as [Slot, ...Slot[]]))
    .min(1, 'mentoring.validation.availability'),
  interests: z.array(z.enum(INTERESTS as [Interest, ...Interest[]])),
  gender: z
    .union([z.enum(GENDERS as [Gender, ...Gender[]]), z.literal('')])
    .refine((v) => v !== '', 'validation.required'),
  motivation: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(APPLICATION_LIMITS.motivation, 'validation.tooLong'),
  consent: z.boolean().refine((v) => v, 'mentoring.validation.consent'),
});

export type ApplicationFormValues = z.input<typeof applicationSchema>;

export function emptyApplication(regionId = ''): ApplicationFormValues {
  return {
    regionId,
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    birthDate: '',
    studyProgramme: '',
    languages: [],
    municipality: '',
    availability: [],
    interests: [],
    gender: '',
    motivation: '',
    consent: false,
  };
}

/** The request for valid values: trimmed texts, slots in the API's order. */
export function toApplicationRequest(values: ApplicationFormValues): VolunteerApplication {
  return {
    regionId: values.regionId,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    birthDate: values.birthDate,
    studyProgramme: values.studyProgramme.trim(),
    languages: values.languages,
    municipality: values.municipality,
    availability: sortSlots(values.availability),
    interests: values.interests,
    gender: values.gender as Gender,
    motivation: values.motivation.trim(),
    consent: values.consent,
  };
}

const FIELDS = new Set(Object.keys(applicationSchema.shape));

/** Which validation error paths of the server the form shows at a field. */
export const isApplicationField = (path: string) => FIELDS.has(path);

/** The field a refusal of the API belongs to (422 age_out_of_range, consent_required). */
export function fieldOfProblem(code: string | undefined): 'birthDate' | 'consent' | null {
  if (code === 'age_out_of_range') return 'birthDate';
  if (code === 'consent_required') return 'consent';
  return null;
}
