import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { AttendanceRoute } from './attendance';

const trainingId = 'b2171dd8-7684-4641-a916-26eef9307c3a';
const sessionId = '8641b068-f5c0-4d0f-86dc-8bdb9b730578';
const session = {
  id: sessionId,
  startsAt: '2026-11-23T08:00:00Z',
  endsAt: '2026-11-23T14:00:00Z',
  venue: 'Maribor',
};
const training = {
  id: trainingId,
  regionId: 'r1',
  kind: 'JOINT_SEMINAR',
  status: 'PUBLISHED',
  title: 'Skupni seminar',
  description: '',
  language: 'sl',
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  enrolmentDeadline: '2026-11-22T08:00:00Z',
  capacity: 20,
  seatsLeft: 18,
  waitlisted: 0,
  requested: 0,
  maxSeatsPerHelpSystem: 12,
  seatsByHelpSystem: [],
  requiresApproval: false,
  sessionsRequired: 1,
  sessions: [session],
  programme: [],
  trainers: [],
  hasKnowledgeTest: false,
  canManage: false,
  isTrainer: true,
  updatedAt: '2026-11-23T08:00:00Z',
};
const rows = [
  { enrolmentId: 'e1', displayName: 'Petra Kovač', organisationName: 'CZO', state: 'CONFIRMED' },
  { enrolmentId: 'e2', displayName: 'Luka Horvat', state: 'CONFIRMED', present: true },
];

function renderSheet(answer: (request: Request) => Response | Promise<Response>) {
  setTokens({ accessToken: 'a', refreshToken: 'r' });
  const mocked = mockFetch(async (request) => {
    const p = path(request);
    if (request.method === 'PUT') return answer(request);
    if (p.endsWith('/attendance')) return json({ session, rows });
    if (p === `/api/v1/trainings/${trainingId}`)
      return json(training, { headers: { ETag: '"1"' } });
    return problem(404, 'not_found', 'Not found');
  });
  renderRoutes(
    [{ path: '/trainings/:id/sessions/:sessionId/attendance', element: <AttendanceRoute /> }],
    `/trainings/${trainingId}/sessions/${sessionId}/attendance`,
  );
  return mocked;
}

describe('AttendanceRoute', () => {
  afterEach(() => clearSession());

  it('ticks at once, sends the tick and counts who is present', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { requests } = renderSheet(async (request) => {
      const body = (await request.clone().json()) as { present: boolean };
      await held;
      return json({ ...rows[0], present: body.present });
    });
    const user = userEvent.setup();
    const petra = await screen.findByRole('checkbox', { name: 'Petra Kovač' });
    expect(screen.getByText('1 of 2 present')).toBeInTheDocument();

    await user.click(petra);
    // Shown before the server answered.
    expect(petra).toBeChecked();
    expect(screen.getByText('2 of 2 present')).toBeInTheDocument();
    release();

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT');
    expect(path(put!)).toBe(`/api/v1/trainings/${trainingId}/sessions/${sessionId}/attendance/e1`);
    expect(await put!.json()).toEqual({ present: true });
    expect(petra).toBeChecked();
  });

  it('undoes the tick and explains why when the server refuses it', async () => {
    renderSheet(() => problem(409, 'training_closed', 'The training is completed.'));
    const user = userEvent.setup();
    const luka = await screen.findByRole('checkbox', { name: 'Luka Horvat' });
    expect(luka).toBeChecked();

    await user.click(luka);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This training has been completed or cancelled',
    );
    expect(luka).toBeChecked();
    expect(screen.getByText('1 of 2 present')).toBeInTheDocument();
  });
});
