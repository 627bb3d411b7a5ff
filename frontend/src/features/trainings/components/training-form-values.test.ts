import { describe, expect, it } from 'vitest';
import type { Training } from '../api/get-training';
import { toFormValues, toRequest, trainingSchema } from './training-form-values';

const training: Training = {
  id: 't1',
  regionId: 'r1',
  kind: 'JOINT_SEMINAR',
  status: 'PUBLISHED',
  title: 'Skupni seminar',
  description: 'Opis',
  language: 'sl',
  startsAt: '2026-12-23T08:00:00Z',
  endsAt: '2026-12-30T14:00:00Z',
  enrolmentDeadline: '2026-12-16T08:00:00Z',
  capacity: 12,
  seatsLeft: 12,
  waitlisted: 0,
  requested: 0,
  balanceMaxPercent: 60,
  maxSeatsPerHelpSystem: 7,
  seatsByHelpSystem: [],
  requiresApproval: false,
  sessionsRequired: 2,
  sessions: [
    {
      id: 's1',
      startsAt: '2026-12-23T08:00:00Z',
      endsAt: '2026-12-23T14:00:00Z',
      venue: 'Maribor',
    },
    {
      id: 's2',
      startsAt: '2026-12-30T08:00:00Z',
      endsAt: '2026-12-30T14:00:00Z',
      onlineUrl: 'https://meet.example.org/x',
    },
  ],
  programme: [{ moduleId: 'm1', title: 'Modul', objectives: '', durationMinutes: 90 }],
  trainers: [{ userId: 'u1', displayName: 'Eva Krajnc' }],
  hasKnowledgeTest: true,
  canManage: true,
  isTrainer: false,
  updatedAt: '2026-11-23T10:00:00Z',
};

describe('training form values', () => {
  it('sends the same training back on edit, without kind and region', () => {
    const request = toRequest(toFormValues(training), 'edit');
    expect(request).toEqual({
      title: 'Skupni seminar',
      description: 'Opis',
      language: 'sl',
      capacity: 12,
      enrolmentDeadline: '2026-12-16T08:00:00.000Z',
      balanceMaxPercent: 60,
      requiresApproval: false,
      moduleIds: ['m1'],
      trainerIds: ['u1'],
      sessions: [
        {
          id: 's1',
          startsAt: '2026-12-23T08:00:00.000Z',
          endsAt: '2026-12-23T14:00:00.000Z',
          venue: 'Maribor',
          onlineUrl: undefined,
        },
        {
          id: 's2',
          startsAt: '2026-12-30T08:00:00.000Z',
          endsAt: '2026-12-30T14:00:00.000Z',
          venue: undefined,
          onlineUrl: 'https://meet.example.org/x',
        },
      ],
    });
    // "All sessions" stays "all" when sessions are added later.
    expect(request).not.toHaveProperty('minSessionsAttended');
  });

  it('sends kind and region on creation, and no balance rule for mentor courses', () => {
    const values = {
      ...toFormValues(training),
      kind: 'MENTOR_PREPARATION' as const,
      minSessionsAttended: '1',
    };
    const request = toRequest(values, 'create');
    expect(request.kind).toBe('MENTOR_PREPARATION');
    expect(request.regionId).toBe('r1');
    expect(request).not.toHaveProperty('balanceMaxPercent');
    expect(request.minSessionsAttended).toBe(1);
  });

  it('checks sessions, the deadline and the certificate rule before sending', () => {
    const values = toFormValues(training);
    const result = trainingSchema.safeParse({
      ...values,
      enrolmentDeadline: values.sessions[1].startsAt,
      minSessionsAttended: '3',
      sessions: [
        { ...values.sessions[0], endsAt: values.sessions[0].startsAt },
        { ...values.sessions[1], onlineUrl: 'http://insecure.example.org', venue: '' },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'sessions.0.endsAt: trainings.validation.endAfterStart',
        'sessions.1.onlineUrl: trainings.validation.https',
        'enrolmentDeadline: trainings.validation.deadlineBeforeStart',
        'minSessionsAttended: trainings.validation.sessionsRequired',
      ]),
    );
  });

  it('needs a venue or a link, and a balance only for joint seminars', () => {
    const values = toFormValues(training);
    const noPlace = trainingSchema.safeParse({
      ...values,
      balanceMaxPercent: '0',
      sessions: [{ ...values.sessions[0], venue: ' ' }],
    });
    expect(noPlace.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['sessions.0.venue', 'balanceMaxPercent']),
    );
    const mentor = trainingSchema.safeParse({
      ...values,
      kind: 'SUPERVISION',
      balanceMaxPercent: '',
    });
    expect(mentor.success).toBe(true);
  });
});
