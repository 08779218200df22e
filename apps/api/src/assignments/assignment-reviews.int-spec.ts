import type { AssignmentResponse, CourseDetailResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
} from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

describe('team assignment reviews over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let course: CourseDetailResponse;
  let assignmentId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    const trainer = await createUser(t, admin, { roles: ['trainer'] });
    course = await createPublishedCourse(t, trainer, { modules: [['page', 'assignment']] });
    assignmentId = course.modules[0].activities[1].id;
  });
  afterAll(() => t.close());

  it('does not let a trainer who belongs to the team review its work', async () => {
    const org = (await createOrganization(t, admin)).id;
    // A participant of the team, made one of the cohort's trainers afterwards.
    const coach = await createUser(t, admin, { roles: ['participant', 'trainer'], organizationId: org });
    const member = await createUser(t, admin, { organizationId: org });
    const own = (await createCohort(t, admin, course.id)).id;
    await enrol(t, coach, own);
    const enrolment = await enrol(t, member, own);
    await t.http
      .patch(`/api/cohorts/${own}`)
      .set(auth(admin))
      .send({ trainerIds: [coach.id] })
      .expect(200);
    const draft = (
      await t.http
        .get(`/api/enrollments/${enrolment.id}/assignments/${assignmentId}`)
        .set(auth(member))
        .expect(200)
    ).body as AssignmentResponse;
    await t.http
      .patch(`/api/assignments/${draft.id}`)
      .set(auth(member))
      .send({ body: '<p>Linjaus</p>' })
      .expect(200);
    await t.http.post(`/api/assignments/${draft.id}/submit`).set(auth(member)).expect(201);
    const refused = await t.http
      .post(`/api/assignments/${draft.id}/reviews`)
      .set(auth(coach))
      .send({ decision: 'approved' })
      .expect(403);
    expect(refused.body.code).toBe('OWN_TEAM');
  });
});
