import { z } from 'zod';
import {
  GENDERS,
  INTERESTS,
  MENTOR_GENDERS,
  SLOTS,
  type ChildProfile,
  type ChildProfileRequest,
  type Gender,
  type Interest,
  type Slot,
} from '../api/types';
import { sortSlots } from './availability';

export const CHILD_LIMITS = { firstName: 100, languages: 12 } as const;

/** Children under 18: the birth years to choose from, the latest first. */
export function birthYears(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 18 }, (_, i) => year - i);
}

const enumOrEmpty = <T extends string>(values: readonly T[]) =>
  z.union([z.enum(values as [T, ...T[]]), z.literal('')]);

export const childSchema = z.object({
  regionId: z.string().min(1, 'validation.required'),
  firstName: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(CHILD_LIMITS.firstName, 'validation.tooLong'),
  birthYear: z.string().regex(/^\d{4}$/, 'validation.required'),
  birthMonth: z.string().regex(/^([1-9]|1[0-2])$/, 'validation.required'),
  gender: enumOrEmpty(GENDERS).refine((v) => v !== '', 'validation.required'),
  languages: z
    .array(z.string())
    .min(1, 'mentoring.validation.language')
    .max(CHILD_LIMITS.languages, 'validation.tooLong'),
  municipality: z.string().trim().min(1, 'validation.required'),
  availability: z
    .array(z.enum(SLOTS as [Slot, ...Slot[]]))
    .min(1, 'mentoring.validation.availability'),
  interests: z.array(z.enum(INTERESTS as [Interest, ...Interest[]])),
  preferredMentorGender: enumOrEmpty(MENTOR_GENDERS),
});

export type ChildFormValues = z.input<typeof childSchema>;

/** The form's values for a profile, or an empty form in the given region. */
export function toChildFormValues(child?: ChildProfile, regionId = ''): ChildFormValues {
  return {
    regionId: child?.regionId ?? regionId,
    firstName: child?.firstName ?? '',
    birthYear: child?.birthYear ? String(child.birthYear) : '',
    birthMonth: child?.birthMonth ? String(child.birthMonth) : '',
    gender: child?.gender ?? '',
    languages: child?.languages ?? [],
    municipality: child?.municipality ?? '',
    availability: sortSlots(child?.availability ?? []),
    interests: child?.interests ?? [],
    preferredMentorGender:
      child?.preferredMentorGender && MENTOR_GENDERS.includes(child.preferredMentorGender)
        ? child.preferredMentorGender
        : '',
  };
}

/** The request for valid values; no preference is left out. */
export function toChildRequest(values: ChildFormValues): ChildProfileRequest {
  return {
    regionId: values.regionId,
    firstName: values.firstName.trim(),
    birthYear: Number(values.birthYear),
    birthMonth: Number(values.birthMonth),
    gender: values.gender as Gender,
    languages: values.languages,
    municipality: values.municipality.trim(),
    availability: sortSlots(values.availability),
    interests: values.interests,
    preferredMentorGender: values.preferredMentorGender || undefined,
  };
}

const FIELDS = new Set(Object.keys(childSchema.shape));

/** Which validation error paths of the server the form shows at a field. */
export const isChildField = (path: string) => FIELDS.has(path);
