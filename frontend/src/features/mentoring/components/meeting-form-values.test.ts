import { describe, expect, it } from 'vitest';
import { daysBefore, emptyMeeting, meetingSchema, toMeetingRequest } from './meeting-form-values';

const TODAY = '2026-05-20';
const schema = meetingSchema(TODAY);

function errors(values: Parameters<typeof schema.safeParse>[0]) {
  const result = schema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the meeting form', () => {
  it('starts today with nothing chosen', () => {
    expect(emptyMeeting(TODAY)).toMatchObject({ metOn: TODAY, durationMinutes: '', mood: '' });
  });

  it('needs a duration and a mood, nothing else', () => {
    expect(errors(emptyMeeting(TODAY))).toEqual({
      durationMinutes: 'mentoring.validation.duration',
      mood: 'mentoring.validation.mood',
    });
    expect(errors({ ...emptyMeeting(TODAY), durationMinutes: '90', mood: 'GOOD' })).toEqual({});
  });

  it('refuses a day in the future or more than 60 days back', () => {
    const valid = { ...emptyMeeting(TODAY), durationMinutes: '60', mood: 'OK' as const };
    expect(errors({ ...valid, metOn: '2026-05-21' })).toEqual({
      metOn: 'mentoring.validation.notInFuture',
    });
    expect(daysBefore(TODAY, 60)).toBe('2026-03-21');
    expect(errors({ ...valid, metOn: '2026-03-21' })).toEqual({});
    expect(errors({ ...valid, metOn: '2026-03-20' })).toEqual({
      metOn: 'mentoring.validation.tooOld',
    });
  });

  it('needs a description with a concern', () => {
    const valid = { ...emptyMeeting(TODAY), durationMinutes: '60', mood: 'DIFFICULT' as const };
    expect(errors({ ...valid, concern: true, concernText: '  ' })).toEqual({
      concernText: 'mentoring.validation.concernText',
    });
  });

  it('maps the values to the request: trimmed, empty texts left out', () => {
    expect(
      toMeetingRequest({
        metOn: TODAY,
        durationMinutes: '90',
        activities: ['PLAYGROUND', 'TALKING'],
        activityNote: '  feeding ducks ',
        mood: 'GREAT',
        note: ' ',
        concern: false,
        concernText: 'typed, then switched off',
      }),
    ).toEqual({
      metOn: TODAY,
      durationMinutes: 90,
      activities: ['PLAYGROUND', 'TALKING'],
      activityNote: 'feeding ducks',
      mood: 'GREAT',
      note: undefined,
      concern: false,
      concernText: undefined,
    });
  });

  it('sends the concern text with a concern', () => {
    const request = toMeetingRequest({
      ...emptyMeeting(TODAY),
      durationMinutes: '60',
      mood: 'DIFFICULT',
      concern: true,
      concernText: ' She said she is often alone at night. ',
    });
    expect(request).toMatchObject({
      concern: true,
      concernText: 'She said she is often alone at night.',
    });
  });
});
