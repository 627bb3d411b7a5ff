import { describe, expect, it } from 'vitest';
import type { ScreeningStepRecord } from '../api/types';
import { recordableSteps } from './volunteer-steps';

const record = (step: ScreeningStepRecord['step']): ScreeningStepRecord => ({
  step,
  recordedAt: '2026-02-01T10:00:00Z',
});

describe('recordable screening steps', () => {
  it('offers the next step first, then the other missing ones', () => {
    expect(recordableSteps({ status: 'SCREENING', steps: [], nextStep: 'INTERVIEW' })).toEqual([
      'INTERVIEW',
      'CERTIFICATE',
      'TRAINING',
      'AGREEMENT',
    ]);
    expect(
      recordableSteps({
        status: 'SCREENING',
        steps: [record('INTERVIEW'), record('TRAINING')],
        nextStep: 'CERTIFICATE',
      }),
    ).toEqual(['CERTIFICATE', 'AGREEMENT']);
  });

  it('offers a newer certificate once one is recorded, also when all steps are done', () => {
    expect(
      recordableSteps({
        status: 'SCREENING',
        steps: [
          record('INTERVIEW'),
          record('CERTIFICATE'),
          record('TRAINING'),
          record('AGREEMENT'),
        ],
      }),
    ).toEqual(['CERTIFICATE']);
  });

  it('offers approved and suspended mentors only a new certificate, the others nothing', () => {
    expect(recordableSteps({ status: 'SUSPENDED', steps: [] })).toEqual(['CERTIFICATE']);
    expect(recordableSteps({ status: 'APPROVED', steps: [] })).toEqual(['CERTIFICATE']);
    expect(recordableSteps({ status: 'REJECTED', steps: [] })).toEqual([]);
    expect(recordableSteps({ status: 'WITHDRAWN', steps: [] })).toEqual([]);
  });
});
