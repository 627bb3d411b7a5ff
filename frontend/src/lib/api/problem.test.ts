import { describe, expect, it } from 'vitest';
import { fieldName, formFieldPath } from './problem';

const fields = [
  /^(title|capacity|sessions)$/,
  /^sessions\.\d+\.(startsAt|endsAt|venue|onlineUrl)$/,
];
const isField = (path: string) => fields.some((f) => f.test(path));
const path = (field: string) => formFieldPath(field, ['sessions'], isField);

describe('validation error fields', () => {
  it('keeps the last segment for flat forms', () => {
    expect(fieldName('updateMe.request.displayName')).toBe('displayName');
  });

  it('maps list elements to form paths', () => {
    expect(path('sessions[1].endsAt')).toBe('sessions.1.endsAt');
    expect(path('title')).toBe('title');
    expect(path('createTraining.request.capacity')).toBe('capacity');
  });

  it('understands the index written after the property', () => {
    expect(path('sessions.onlineUrl[0]')).toBe('sessions.0.onlineUrl');
    expect(path('createTraining.request.sessions.venue[2]')).toBe('sessions.2.venue');
  });

  it('falls back to the nearest field the form shows', () => {
    expect(path('sessions[0].id')).toBe('sessions');
    expect(path('sessions')).toBe('sessions');
    expect(path('moduleIds[0]')).toBeNull();
    expect(path('')).toBeNull();
  });
});
