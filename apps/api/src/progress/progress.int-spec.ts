import type { CourseDetailResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
} from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('progress and completion over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let course: CourseDetailResponse;
  // modules: [page, workshop], [page, link (optional)]
  let page1: string, workshop: string, page2: string, optionalLink: string;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    course = await createPublishedCourse(t, trainer);
    [page1, workshop] = course.modules[0].activities.map((a) => a.id);
    [page2, optionalLink] = course.modules[1].activities.map((a) => a.id);
  });
  afterAll(() => t.close());

  const setup = async (cohortOverrides: Record<string, unknown> = {}) => {
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id], ...cohortOverrides });
    const participant = await createUser(t, admin);
    const enrollment = await enrol(t, participant, cohort.id);
    return { cohort, participant, enrollment };
  };
  const put = (actor: Actor, enrollmentId: string, activityId: string, state: string) =>
    t.http.put(`/api/enrollments/${enrollmentId}/progress/${activityId}`).set(auth(actor)).send({ state });

  it('is idempotent: the same call answers the same completedAt', async () => {
    const { participant, enrollment } = await setup();
    const first = await put(participant, enrollment.id, page1, 'completed').expect(200);
    expect(first.body).toEqual({ activityId: page1, state: 'completed', completedAt: expect.any(String) });
    const again = await put(participant, enrollment.id, page1, 'completed').expect(200);
    expect(again.body).toEqual(first.body);
    // Completion is final: a later in_progress changes nothing.
    expect((await put(participant, enrollment.id, page1, 'in_progress').expect(200)).body).toEqual(
      first.body,
    );
    const started = await put(participant, enrollment.id, page2, 'in_progress').expect(200);
    expect(started.body).toEqual({ activityId: page2, state: 'in_progress', completedAt: null });
  });

  it('records workshop attendance by the cohort’s trainers only', async () => {
    const { participant, enrollment } = await setup();
    const refused = await put(participant, enrollment.id, workshop, 'completed').expect(403);
    expect(refused.body.code).toBe('ATTENDANCE_BY_TRAINER');
    const otherTrainer = await createUser(t, admin, { roles: ['trainer'] });
    await put(otherTrainer, enrollment.id, workshop, 'completed').expect(404);
    await put(trainer, enrollment.id, workshop, 'completed').expect(200);
    await put(trainer, enrollment.id, page1, 'completed').expect(403);
  });

  it('leaves the team assignment to a trainer’s approval and the self-assessment to its answers', async () => {
    const special = await createPublishedCourse(t, trainer, { modules: [['assignment', 'assessment']] });
    const [assignment, assessment] = special.modules[0].activities.map((a) => a.id);
    const cohort = await createCohort(t, admin, special.id, { trainerIds: [trainer.id] });
    const participant = await createUser(t, admin);
    const enrollment = await enrol(t, participant, cohort.id);
    for (const actor of [participant, trainer, admin]) {
      const refused = await put(actor, enrollment.id, assignment, 'completed').expect(403);
      expect(refused.body.code).toBe('COMPLETED_BY_APPROVAL');
    }
    const unanswered = await put(participant, enrollment.id, assessment, 'completed').expect(409);
    expect(unanswered.body.code).toBe('COMPLETED_BY_ANSWERS');
    const progress = await t.http
      .get(`/api/enrollments/${enrollment.id}/progress`)
      .set(auth(participant))
      .expect(200);
    expect(progress.body.completedRequired).toBe(0);
  });

  it('explains what is missing and completes the enrolment with the last required activity', async () => {
    const { participant, enrollment } = await setup();
    await put(participant, enrollment.id, page1, 'completed').expect(200);
    await put(participant, enrollment.id, optionalLink, 'completed').expect(200);
    let progress = (
      await t.http.get(`/api/enrollments/${enrollment.id}/progress`).set(auth(participant)).expect(200)
    ).body;
    expect(progress).toMatchObject({
      completedRequired: 1,
      totalRequired: 3,
      percent: 33.3,
      completedAt: null,
    });
    expect(progress.missing.map((m: { activityId: string }) => m.activityId)).toEqual([workshop, page2]);
    await put(trainer, enrollment.id, workshop, 'completed').expect(200);
    await put(participant, enrollment.id, page2, 'completed').expect(200);
    progress = (
      await t.http.get(`/api/enrollments/${enrollment.id}/progress`).set(auth(participant)).expect(200)
    ).body;
    expect(progress).toMatchObject({
      completedRequired: 3,
      totalRequired: 3,
      percent: 100,
      completedAt: expect.any(String),
      missing: [],
    });
    expect(progress.activities).toHaveLength(4);
    const mine = (await t.http.get('/api/me/enrollments').set(auth(participant)).expect(200)).body.items[0];
    expect(mine).toMatchObject({ status: 'completed', percent: 100, cohort: { id: enrollment.cohortId } });
    // The same call again still answers 200 and changes nothing.
    await put(participant, enrollment.id, page2, 'completed').expect(200);
    const audit = await t.http
      .get(`/api/audit-events?subjectId=${enrollment.id}`)
      .set(auth(admin))
      .expect(200);
    expect(audit.body.items[0].details).toMatchObject({ from: 'active', to: 'completed' });
  });

  it('answers 404 for an activity outside the cohort’s course version and 409 when the enrolment is not active', async () => {
    const { cohort, participant, enrollment } = await setup({ capacity: 1 });
    const other = await createPublishedCourse(t, trainer, { modules: [['page']] });
    const res = await put(participant, enrollment.id, other.modules[0].activities[0].id, 'completed').expect(
      404,
    );
    expect(res.body.code).toBe('NOT_FOUND');
    const waiting = await createUser(t, admin);
    const waitlisted = await enrol(t, waiting, cohort.id);
    const refused = await put(waiting, waitlisted.id, page1, 'completed').expect(409);
    expect(refused.body.code).toBe('ENROLLMENT_NOT_ACTIVE');
    await put(participant, enrollment.id, page1, 'done').expect(400);
    await put(participant, enrollment.id, 'x', 'completed').expect(400);
  });

  it('refuses activities of modules not yet released in the cohort', async () => {
    const { participant, enrollment } = await setup({
      moduleReleases: [{ moduleId: course.modules[1].id, releasesOn: '2099-01-01' }],
    });
    const res = await put(participant, enrollment.id, page2, 'completed').expect(409);
    expect(res.body.code).toBe('MODULE_NOT_RELEASED');
  });

  it('shows progress to the participant, their coordinator, the cohort’s trainers and admins only', async () => {
    const org = await createOrganization(t, admin);
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
    const participant = await createUser(t, admin, { organizationId: org.id });
    const enrollment = await enrol(t, participant, cohort.id);
    const coordinator = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: org.id,
    });
    const colleague = await createUser(t, admin, { organizationId: org.id });
    const foreignCoordinator = await createUser(t, admin, {
      roles: ['coordinator'],
      organizationId: (await createOrganization(t, admin)).id,
    });
    const url = `/api/enrollments/${enrollment.id}/progress`;
    for (const allowed of [participant, coordinator, trainer, admin])
      await t.http.get(url).set(auth(allowed)).expect(200);
    for (const refused of [colleague, foreignCoordinator])
      await t.http.get(url).set(auth(refused)).expect(404);
    await t.http.get(url).expect(401);
  });
});
