import { describe, expect, it } from 'vitest';
import type { ChildProfile } from '../api/types';
import {
  birthYears,
  childSchema,
  toChildFormValues,
  toChildRequest,
  type ChildFormValues,
} from './child-form-values';

const child: ChildProfile = {
  id: 'c1',
  regionId: 'r1',
  firstName: 'Zoja',
  birthYear: 2017,
  birthMonth: 3,
  age: 9,
  gender: 'FEMALE',
  languages: ['sl'],
  municipality: 'Maribor',
  availability: ['SAT_MORNING', 'WED_AFTERNOON'],
  interests: ['MUSIC', 'READING'],
  preferredMentorGender: 'FEMALE',
  status: 'WAITING',
  readyForMatching: true,
  createdAt: '2026-01-01T10:00:00Z',
  version: 3,
};

const issues = (values: ChildFormValues) => {
  const result = childSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
};

describe('the child profile form', () => {
  it('offers the birth years of children under 18', () => {
    const years = birthYears(new Date(2026, 4, 20));
    expect(years[0]).toBe(2026);
    expect(years).toHaveLength(18);
    expect(years[17]).toBe(2009);
  });

  it('round-trips a profile through the form, slots in the API order', () => {
    const values = toChildFormValues(child);
    expect(values).toMatchObject({
      birthYear: '2017',
      birthMonth: '3',
      availability: ['WED_AFTERNOON', 'SAT_MORNING'],
    });
    expect(issues(values)).toEqual([]);
    expect(toChildRequest(values)).toEqual({
      regionId: 'r1',
      firstName: 'Zoja',
      birthYear: 2017,
      birthMonth: 3,
      gender: 'FEMALE',
      languages: ['sl'],
      municipality: 'Maribor',
      availability: ['WED_AFTERNOON', 'SAT_MORNING'],
      interests: ['MUSIC', 'READING'],
      preferredMentorGender: 'FEMALE',
    });
  });

  it('asks for what matching needs in an empty form', () => {
    expect(issues(toChildFormValues(undefined, 'r1'))).toEqual([
      'availability',
      'birthMonth',
      'birthYear',
      'firstName',
      'gender',
      'languages',
      'municipality',
    ]);
  });

  it('leaves out "no preference" and trims the name', () => {
    const request = toChildRequest({
      ...toChildFormValues(child),
      firstName: '  Mila ',
      preferredMentorGender: '',
      interests: [],
    });
    expect(request.firstName).toBe('Mila');
    expect(request.preferredMentorGender).toBeUndefined();
    expect(request.interests).toEqual([]);
  });
});
