import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './password-link';

describe('the set-password link', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc-123_XYZ')).toBe('abc-123_XYZ');
    expect(tokenFromHash('token=abc')).toBe('abc');
    expect(tokenFromHash('#lang=sl&token=a%2Bb')).toBe('a+b');
  });

  it('is empty without a token', () => {
    expect(tokenFromHash('')).toBe('');
    expect(tokenFromHash('#')).toBe('');
    expect(tokenFromHash('#token=')).toBe('');
  });
});
