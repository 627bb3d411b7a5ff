import { describe, expect, it } from 'vitest';
import type { MatchingProposal } from '../api/types';
import { gainOverGreedy, proposalCounts } from './run-summary';

const proposal = (status: MatchingProposal['status']): MatchingProposal => ({
  id: status,
  childId: 'c',
  volunteerId: 'v',
  volunteerName: 'Ana Kovač',
  score: 70,
  criteria: [],
  status,
});

describe('matching run summary', () => {
  it('compares the optimal total with the greedy one', () => {
    expect(gainOverGreedy({ totalScore: 330, greedyScore: 300 })).toBeCloseTo(10);
    expect(gainOverGreedy({ totalScore: 300, greedyScore: 300 })).toBe(0);
    expect(gainOverGreedy({ totalScore: 0, greedyScore: 0 })).toBe(0);
  });

  it('counts the proposals by status', () => {
    expect(
      proposalCounts({
        proposals: [proposal('OPEN'), proposal('OPEN'), proposal('CONFIRMED'), proposal('DROPPED')],
      }),
    ).toEqual({ OPEN: 2, CONFIRMED: 1, DROPPED: 1 });
  });
});
