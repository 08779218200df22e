import type { AuthUser } from '../common/auth/auth.decorators';
import {
  AssignmentAccessPolicy,
  mayEdit,
  mayRead,
  mayReview,
  type SubmissionAccess,
} from './assignment-access.policy';
import type { CohortTeamsRepository } from './repositories/cohort-teams.repository';
import type { SubmissionsRepository } from './repositories/submissions.repository';

const participant: AuthUser = { id: 'p', roles: ['participant'] };
const admin: AuthUser = { id: 'a', roles: ['admin'] };

const submission = (over: Partial<SubmissionAccess> = {}): SubmissionAccess => ({
  id: 's',
  cohort_id: 'c',
  organization_id: 'o',
  activity_id: 'x',
  status: 'draft',
  version: 0,
  is_member: false,
  is_trainer: false,
  is_follower: false,
  ...over,
});

/** The policy over a submission the fake repository answers (or none), and a cohort the caller trains or not. */
const policyOver = (found: SubmissionAccess | undefined, cohort?: { is_trainer: boolean }) =>
  new AssignmentAccessPolicy(
    { findAccess: () => Promise.resolve(found) } as unknown as SubmissionsRepository,
    {
      findCohortTrainer: () => Promise.resolve(cohort && { id: 'c', ...cohort }),
    } as unknown as CohortTeamsRepository,
  );

describe('assignment access policy', () => {
  it('shows a submission to its team, the cohort’s trainers and admins only', () => {
    expect(mayRead(participant, submission({ is_member: true }))).toBe(true);
    expect(mayRead(participant, submission({ is_trainer: true }))).toBe(true);
    expect(mayRead(admin, submission())).toBe(true);
    expect(mayRead(participant, submission())).toBe(false);
  });

  it('shows it to the team’s coach or mentor, who never reviews it unless also the cohort’s trainer', () => {
    const follower = submission({ is_follower: true, status: 'submitted' });
    expect(mayRead(participant, follower)).toBe(true);
    expect(mayReview(participant, follower)).toBe(false);
    expect(mayEdit(follower)).toBe(false);
    expect(() => policyOver(undefined).assertReviewer(participant, follower)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(
      mayReview(participant, submission({ is_follower: true, is_trainer: true, status: 'submitted' })),
    ).toBe(true);
  });

  it('lets only members edit, and only while the work is with the team', () => {
    expect(mayEdit(submission({ is_member: true }))).toBe(true);
    expect(mayEdit(submission({ is_member: true, status: 'revision_requested' }))).toBe(true);
    expect(mayEdit(submission({ is_member: true, status: 'submitted' }))).toBe(false);
    expect(mayEdit(submission({ is_trainer: true }))).toBe(false);
  });

  it('offers the review to trainers and admins once the work is submitted', () => {
    expect(mayReview(participant, submission({ is_trainer: true, status: 'submitted' }))).toBe(true);
    expect(mayReview(admin, submission({ status: 'submitted' }))).toBe(true);
    expect(mayReview(participant, submission({ is_trainer: true }))).toBe(false);
    expect(mayReview(participant, submission({ is_member: true, status: 'submitted' }))).toBe(false);
  });

  it('answers not found to strangers and for a missing submission, the same way', async () => {
    await expect(policyOver(submission()).readable(participant, 's')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(policyOver(undefined).readable(admin, 's')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells a trainer they are not of the team, and a member that the work is locked', async () => {
    const trainer = policyOver(submission({ is_trainer: true }));
    await expect(trainer.editable(participant, 's')).rejects.toMatchObject({ code: 'NOT_TEAM_MEMBER' });
    const submitted = policyOver(submission({ is_member: true, status: 'submitted' }));
    await expect(submitted.editable(participant, 's')).rejects.toMatchObject({ code: 'ASSIGNMENT_LOCKED' });
  });

  it('keeps a trainer from reviewing their own team, but not an admin', () => {
    const policy = policyOver(undefined);
    expect(() => policy.assertReviewer(participant, submission({ is_member: true }))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() =>
      policy.assertReviewer(participant, submission({ is_member: true, is_trainer: true })),
    ).toThrow(expect.objectContaining({ code: 'OWN_TEAM' }));
    expect(() => policy.assertReviewer(admin, submission({ is_member: true }))).not.toThrow();
  });

  it('shows a cohort’s teams to its trainers and admins; to others the cohort does not exist', async () => {
    await expect(
      policyOver(undefined, { is_trainer: true }).assertCohortReviewer(participant, 'c'),
    ).resolves.toBe(undefined);
    await expect(policyOver(undefined, { is_trainer: false }).assertCohortReviewer(admin, 'c')).resolves.toBe(
      undefined,
    );
    await expect(
      policyOver(undefined, { is_trainer: false }).assertCohortReviewer(participant, 'c'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(policyOver(undefined).assertCohortReviewer(admin, 'c')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
