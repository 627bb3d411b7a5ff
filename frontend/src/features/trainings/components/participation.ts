import type { Training } from '../api/get-training';
import type { Enrolment } from '../api/get-my-enrolments';
import { isActiveEnrolment, isSeated } from '../api/get-trainings';

export type Participation = {
  /** Enrol is offered: published, before the deadline, and no enrolment that still counts. */
  canEnrol: boolean;
  /** Published and without an active enrolment, but the deadline has passed. */
  enrolmentClosed: boolean;
  canCancel: boolean;
  preTestOpen: boolean;
  postTestOpen: boolean;
  surveyOpen: boolean;
  canDownloadCertificate: boolean;
};

/**
 * What a participant may do now, mirroring the server's rules (which decide in the end): the pre-test
 * while the training is published and before the post-test, the post-test and the survey from the first
 * session on, each once and only with a seat.
 */
export function participation(
  training: Pick<
    Training,
    'status' | 'startsAt' | 'enrolmentDeadline' | 'hasKnowledgeTest' | 'myEnrolment'
  >,
  enrolment: Pick<
    Enrolment,
    'state' | 'preTest' | 'postTest' | 'surveySubmitted' | 'certificateCode' | 'certificateRevoked'
  > | null,
  now: Date = new Date(),
): Participation {
  const state = enrolment?.state ?? training.myEnrolment?.state ?? null;
  const published = training.status === 'PUBLISHED';
  const active = state !== null && isActiveEnrolment(state);
  const beforeDeadline = now.getTime() <= new Date(training.enrolmentDeadline).getTime();
  const started = now.getTime() >= new Date(training.startsAt).getTime();
  const seated = state !== null && isSeated(state) && enrolment !== null;
  const test = training.hasKnowledgeTest && seated;
  return {
    canEnrol: published && !active && beforeDeadline,
    enrolmentClosed: published && !active && !beforeDeadline,
    canCancel: published && active,
    preTestOpen: test && published && !enrolment?.preTest && !enrolment?.postTest,
    postTestOpen: test && started && !enrolment?.postTest && training.status !== 'CANCELLED',
    surveyOpen: seated && started && !enrolment?.surveySubmitted && training.status !== 'CANCELLED',
    canDownloadCertificate:
      state === 'ATTENDED' && !!enrolment?.certificateCode && !enrolment.certificateRevoked,
  };
}
