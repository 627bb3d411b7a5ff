import { describe, expect, it } from 'vitest';
import { participation } from './participation';

const now = new Date('2026-11-23T12:00:00Z');
const open = {
  status: 'PUBLISHED' as const,
  startsAt: '2026-12-23T08:00:00Z',
  enrolmentDeadline: '2026-12-16T08:00:00Z',
  hasKnowledgeTest: true,
};
const running = {
  ...open,
  startsAt: '2026-11-23T10:00:00Z',
  enrolmentDeadline: '2026-11-23T09:00:00Z',
};
const seat = {
  state: 'CONFIRMED' as const,
  surveySubmitted: false,
  certificateRevoked: false,
};

describe('participation', () => {
  it('offers enrolment until the deadline to someone not enrolled', () => {
    expect(participation(open, null, now)).toMatchObject({
      canEnrol: true,
      enrolmentClosed: false,
      canCancel: false,
      preTestOpen: false,
      surveyOpen: false,
    });
    expect(participation(running, null, now)).toMatchObject({
      canEnrol: false,
      enrolmentClosed: true,
    });
  });

  it('offers enrolment again after a cancellation, but not while waiting', () => {
    expect(participation(open, { ...seat, state: 'CANCELLED' }, now).canEnrol).toBe(true);
    expect(participation(open, { ...seat, state: 'WAITLISTED' }, now)).toMatchObject({
      canEnrol: false,
      canCancel: true,
      preTestOpen: false,
    });
  });

  it('opens the pre-test before the start and the post-test and survey from the start', () => {
    expect(participation(open, seat, now)).toMatchObject({
      canCancel: true,
      preTestOpen: true,
      postTestOpen: false,
      surveyOpen: false,
    });
    expect(participation(running, seat, now)).toMatchObject({
      preTestOpen: true,
      postTestOpen: true,
      surveyOpen: true,
    });
  });

  it('closes each test once taken, and the pre-test after the post-test', () => {
    const score = { phase: 'PRE' as const, correct: 1, total: 4, percent: 25 };
    expect(participation(running, { ...seat, preTest: score }, now)).toMatchObject({
      preTestOpen: false,
      postTestOpen: true,
    });
    expect(
      participation(running, { ...seat, postTest: { ...score, phase: 'POST' } }, now),
    ).toMatchObject({ preTestOpen: false, postTestOpen: false });
    expect(participation(running, { ...seat, surveySubmitted: true }, now).surveyOpen).toBe(false);
  });

  it('has no tests without questions', () => {
    expect(participation({ ...running, hasKnowledgeTest: false }, seat, now)).toMatchObject({
      preTestOpen: false,
      postTestOpen: false,
      surveyOpen: true,
    });
  });

  it('offers the certificate only to those who attended, while it is valid', () => {
    const completed = { ...open, status: 'COMPLETED' as const, startsAt: '2026-09-24T07:00:00Z' };
    const attended = { ...seat, state: 'ATTENDED' as const, certificateCode: '9C8V-JP6E-XYKB' };
    expect(participation(completed, attended, now)).toMatchObject({
      canDownloadCertificate: true,
      canEnrol: false,
      canCancel: false,
      preTestOpen: false,
      postTestOpen: true,
    });
    expect(
      participation(completed, { ...attended, certificateRevoked: true }, now)
        .canDownloadCertificate,
    ).toBe(false);
    expect(
      participation(completed, { ...seat, state: 'NO_SHOW' }, now).canDownloadCertificate,
    ).toBe(false);
  });
});
