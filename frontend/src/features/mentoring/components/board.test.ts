import { describe, expect, it } from 'vitest';
import type { VolunteerSummary } from '../api/types';
import { groupBoard } from './board';

let n = 0;
function volunteer(patch: Partial<VolunteerSummary>): VolunteerSummary {
  n += 1;
  return {
    id: `v${n}`,
    regionId: 'r1',
    firstName: `First${n}`,
    lastName: 'Last',
    status: 'SCREENING',
    age: 22,
    municipality: 'Maribor',
    languages: ['sl'],
    stepsDone: [],
    createdAt: `2026-01-${String(10 + n).padStart(2, '0')}T10:00:00Z`,
    ...patch,
  };
}

describe('applications board', () => {
  it('groups by next step in the order of the steps, ready to approve last', () => {
    const board = groupBoard([
      volunteer({ id: 'a', nextStep: 'TRAINING', stepsDone: ['INTERVIEW', 'CERTIFICATE'] }),
      volunteer({ id: 'b', nextStep: 'INTERVIEW' }),
      volunteer({ id: 'c', stepsDone: ['INTERVIEW', 'CERTIFICATE', 'TRAINING', 'AGREEMENT'] }),
      volunteer({ id: 'd', nextStep: 'INTERVIEW' }),
    ]);
    expect(board.map((c) => c.key)).toEqual([
      'INTERVIEW',
      'CERTIFICATE',
      'TRAINING',
      'AGREEMENT',
      'READY',
    ]);
    expect(board.map((c) => c.volunteers.map((v) => v.id))).toEqual([
      ['b', 'd'],
      [],
      ['a'],
      [],
      ['c'],
    ]);
  });

  it('lists the oldest application first and leaves out volunteers not in screening', () => {
    const board = groupBoard([
      volunteer({ id: 'new', nextStep: 'AGREEMENT', createdAt: '2026-03-01T00:00:00Z' }),
      volunteer({ id: 'old', nextStep: 'AGREEMENT', createdAt: '2025-12-01T00:00:00Z' }),
      volunteer({ id: 'out', status: 'APPROVED' }),
      volunteer({ id: 'gone', status: 'WITHDRAWN', nextStep: 'AGREEMENT' }),
    ]);
    expect(board.find((c) => c.key === 'AGREEMENT')!.volunteers.map((v) => v.id)).toEqual([
      'old',
      'new',
    ]);
    expect(board.flatMap((c) => c.volunteers).map((v) => v.id)).not.toContain('out');
    expect(board.flatMap((c) => c.volunteers).map((v) => v.id)).not.toContain('gone');
  });
});
