import { Actor, auth, createCohort, createPublishedCourse, createUser, enrol } from './factories';
import { TestApp } from './setup/test-app';
import { startSuite } from './setup/suite';

// What arrives at once: the database, not the API process, keeps capacity and idempotency.
describe('concurrency on the real database', () => {
  let t: TestApp;
  let admin: Actor;
  let courseId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    courseId = (await createPublishedCourse(t, admin, { modules: [['page']] })).id;
  });
  afterAll(() => t.close());

  it('50 parallel enrolments into 10 seats end with exactly 10 active and 40 waitlisted', async () => {
    const cohort = await createCohort(t, admin, courseId, { capacity: 10 });
    const users: Actor[] = [];
    for (let i = 0; i < 50; i++) users.push(await createUser(t, admin));
    const answers = await Promise.all(
      users.map((u) => t.http.post(`/api/cohorts/${cohort.id}/enrollments`).set(auth(u)).send({})),
    );
    expect(answers.map((a) => a.status)).toEqual(new Array(50).fill(201));
    const statuses = answers.map((a) => a.body.status);
    expect(statuses.filter((s) => s === 'active')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(40);
    const listed = await t.http
      .get(`/api/cohorts/${cohort.id}/enrollments?limit=200`)
      .set(auth(admin))
      .expect(200);
    expect(listed.body.total).toBe(50);
    expect(listed.body.items.filter((e: { status: string }) => e.status === 'active')).toHaveLength(10);
    expect((await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(admin))).body.seatsTaken).toBe(10);
  });

  it('50 parallel identical progress calls leave one row and one completedAt', async () => {
    const cohort = await createCohort(t, admin, courseId, { capacity: 5 });
    const participant = await createUser(t, admin);
    const enrollment = await enrol(t, participant, cohort.id);
    const activityId = (await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(participant))).body.modules[0]
      .activities[0].id;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.http
          .put(`/api/enrollments/${enrollment.id}/progress/${activityId}`)
          .set(auth(participant))
          .send({ state: 'completed' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(new Array(50).fill(200));
    expect(new Set(answers.map((a) => a.body.completedAt)).size).toBe(1);
    const progress = (await t.http.get(`/api/enrollments/${enrollment.id}/progress`).set(auth(participant)))
      .body;
    expect(progress.activities).toHaveLength(1);
    expect(progress).toMatchObject({ completedRequired: 1, totalRequired: 1, percent: 100 });
    const audit = await t.http.get(`/api/audit-events?subjectId=${enrollment.id}&limit=200`).set(auth(admin));
    expect(
      audit.body.items.filter((e: { details: { to: string } }) => e.details.to === 'completed'),
    ).toHaveLength(1);
  });
});
