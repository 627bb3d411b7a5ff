import { describe, expect, it } from 'vitest';
import {
  ageOn,
  applicationSchema,
  emptyApplication,
  fieldOfProblem,
  toApplicationRequest,
  type ApplicationFormValues,
} from './application-form-values';

const filled: ApplicationFormValues = {
  regionId: 'r1',
  firstName: ' Tina ',
  lastName: 'Horvat',
  email: ' tina.horvat@example.org ',
  phone: '+386 40 123 456',
  birthDate: '2004-02-29',
  studyProgramme: 'Social pedagogy',
  languages: ['sl', 'en'],
  municipality: 'Maribor',
  availability: ['SAT_MORNING', 'WED_AFTERNOON'],
  interests: ['SPORTS'],
  gender: 'FEMALE',
  motivation: ' I like working with children. ',
  consent: true,
};

const invalid = (values: ApplicationFormValues) => {
  const result = applicationSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the volunteer application form', () => {
  it('counts full years', () => {
    expect(ageOn('2004-05-20', '2026-05-20')).toBe(22);
    expect(ageOn('2004-05-21', '2026-05-20')).toBe(21);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
    expect(ageOn('', '2026-05-20')).toBeNull();
  });

  it('needs consent and everything the programme asks for', () => {
    expect(invalid(filled)).toEqual([]);
    expect(invalid({ ...filled, consent: false })).toEqual([
      'consent:mentoring.validation.consent',
    ]);
    expect(invalid({ ...filled, email: 'not-an-address' })).toEqual(['email:validation.email']);
    expect(invalid({ ...filled, phone: 'call me' })).toEqual(['phone:validation.phone']);
    expect([...new Set(invalid(emptyApplication('r1')).map((i) => i.split(':')[0]))]).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'birthDate',
      'studyProgramme',
      'languages',
      'municipality',
      'availability',
      'gender',
      'motivation',
      'consent',
    ]);
  });

  it('maps the values to the request, trimmed and in the API order', () => {
    expect(toApplicationRequest(filled)).toEqual({
      ...filled,
      firstName: 'Tina',
      email: 'tina.horvat@example.org',
      motivation: 'I like working with children.',
      availability: ['WED_AFTERNOON', 'SAT_MORNING'],
    });
  });

  it('places the API refusals at their fields', () => {
    expect(fieldOfProblem('age_out_of_range')).toBe('birthDate');
    expect(fieldOfProblem('consent_required')).toBe('consent');
    expect(fieldOfProblem('validation_failed')).toBeNull();
  });
});
