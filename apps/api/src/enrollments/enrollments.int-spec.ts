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

describe('cohorts and enrolments over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let courseId: string;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    courseId = (await createPublishedCourse(t, trainer)).id;
    orgA = (await createOrganization(t, admin)).id;
    orgB = (await createOrganization(t, admin)).id;
  });
  afterAll(() => t.close());

  it('creates a cohort on the latest published version with its trainers and module releases', async () => {
    const course = (await t.http.get(`/api/courses/${courseId}`).set(auth(trainer))).body;
    const res = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send({
        courseId,
        name: 'Syksy 2027',
        startsOn: '2027-09-01',
        endsOn: '2028-02-28',
        capacity: 12,
        approvalRequired: true,
        enrollmentClosesAt: '2027-08-15T21:00:00Z',
        trainerIds: [trainer.id],
        moduleReleases: [{ moduleId: course.modules[1].id, releasesOn: '2027-10-01' }],
        // The course's workshop meets on 20.1.2027, before this cohort: it needs a time of the cohort's own.
        workshops: [{ activityId: course.modules[0].activities[1].id, startsAt: '2027-09-15T06:00:00Z' }],
      })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      courseVersion: 1,
      capacity: 12,
      seatsTaken: 0,
      trainerIds: [trainer.id],
    });
    const detail = await t.http.get(`/api/cohorts/${res.body.id}`).set(auth(trainer)).expect(200);
    expect(detail.body.modules.map((m: { releasesOn: string | null }) => m.releasesOn)).toEqual([
      null,
      '2027-10-01',
    ]);
    expect(detail.body.modules[0].activities).toHaveLength(2);
  });

  it('gives each cohort its own workshop times; the course version’s time is only the default', async () => {
    const course = (await t.http.get(`/api/courses/${courseId}`).set(auth(trainer))).body;
    const [page, workshop] = course.modules[0].activities;
    const open = (name: string, workshops?: unknown[], startsOn = '2028-01-10') =>
      t.http
        .post('/api/cohorts')
        .set(auth(admin))
        .send({
          courseId,
          name,
          startsOn,
          endsOn: '2028-06-30',
          capacity: 5,
          approvalRequired: false,
          ...(workshops ? { workshops } : {}),
        });
    const spring = await open('Kevät 2028', [
      { activityId: workshop.id, startsAt: '2028-02-03T08:00:00Z', location: 'Tampere' },
    ]).expect(201);
    // Left out, the workshop would keep the course's 20.1.2027, a year before this cohort: refused, not inherited.
    const inherited = await open('Kevät 2028 B').expect(400);
    expect(inherited.body.code).toBe('WORKSHOP_DATE_REQUIRED');
    // A cohort whose dates hold the course's time keeps it.
    const plain = await open('Kevät 2028 B', undefined, '2027-01-01').expect(201);
    const workshopIn = async (cohortId: string) =>
      (await t.http.get(`/api/cohorts/${cohortId}`).set(auth(trainer)).expect(200)).body.modules[0]
        .activities[1];
    expect(await workshopIn(spring.body.id)).toMatchObject({
      id: workshop.id,
      startsAt: '2028-02-03T08:00:00.000Z',
      location: 'Tampere',
    });
    expect(await workshopIn(plain.body.id)).toMatchObject({
      startsAt: workshop.startsAt,
      location: workshop.location,
    });
    // Moving the time keeps the course's place when none is given; the list replaces the earlier one.
    await t.http
      .patch(`/api/cohorts/${plain.body.id}`)
      .set(auth(admin))
      .send({ workshops: [{ activityId: workshop.id, startsAt: '2028-02-10T10:00:00Z' }] })
      .expect(200);
    expect(await workshopIn(plain.body.id)).toMatchObject({
      startsAt: '2028-02-10T10:00:00.000Z',
      location: workshop.location,
    });
    expect((await workshopIn(spring.body.id)).startsAt).toBe('2028-02-03T08:00:00.000Z');

    const notWorkshop = await open('Väärä', [
      { activityId: page.id, startsAt: '2028-02-03T08:00:00Z' },
    ]).expect(400);
    expect(notWorkshop.body.code).toBe('UNKNOWN_WORKSHOP');
    const twice = await open('Kahdesti', [
      { activityId: workshop.id, startsAt: '2028-02-03T08:00:00Z' },
      { activityId: workshop.id, startsAt: '2028-02-04T08:00:00Z' },
    ]).expect(400);
    expect(twice.body.code).toBe('VALIDATION_FAILED');
    await open('Huono aika', [{ activityId: workshop.id, startsAt: 'huomenna' }]).expect(400);
    const outside = await open('Liian myöhään', [
      { activityId: workshop.id, startsAt: '2028-07-01T08:00:00Z' },
    ]).expect(400);
    expect(outside.body.code).toBe('WORKSHOP_OUTSIDE_COHORT');
    await t.http
      .patch(`/api/cohorts/${plain.body.id}`)
      .set(auth(trainer))
      .send({ workshops: [] })
      .expect(403);
  });

  it('shows a closed cohort to change agents only when organisations of their regions take part', async () => {
    const north = await createOrganization(t, admin, { region: '19' });
    const cohort = await createCohort(t, admin, courseId);
    await enrol(t, admin, cohort.id, (await createUser(t, admin, { organizationId: north.id })).id);
    await t.http
      .patch(`/api/cohorts/${cohort.id}`)
      .set(auth(admin))
      .send({ enrollmentClosesAt: '2021-01-01T00:00:00Z' })
      .expect(200);
    const lapland = await createUser(t, admin, { roles: ['change_agent'], regions: ['19'] });
    const uusimaa = await createUser(t, admin, { roles: ['change_agent'], regions: ['01'] });
    await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(lapland)).expect(200);
    await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(uusimaa)).expect(404);
  });

  it('refuses cohorts of unpublished courses (409), non-admins (403) and bad input (400)', async () => {
    const draft = (
      await t.http
        .post('/api/courses')
        .set(auth(trainer))
        .send({ title: 'Luonnos', summary: '', language: 'fi' })
    ).body;
    const refused = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send({
        courseId: draft.id,
        name: 'X toteutus',
        startsOn: '2027-01-01',
        endsOn: '2027-06-01',
        capacity: 5,
        approvalRequired: false,
      })
      .expect(409);
    expect(refused.body.code).toBe('COURSE_NOT_PUBLISHED');
    await t.http
      .post('/api/cohorts')
      .set(auth(trainer))
      .send({
        courseId,
        name: 'X toteutus',
        startsOn: '2027-01-01',
        endsOn: '2027-06-01',
        capacity: 5,
        approvalRequired: false,
      })
      .expect(403);
    for (const bad of [
      { capacity: 0 },
      { startsOn: '2027-02-30' },
      { endsOn: '2026-01-01' },
      { approvalRequired: 'yes' },
    ]) {
      await t.http
        .post('/api/cohorts')
        .set(auth(admin))
        .send({
          courseId,
          name: 'X toteutus',
          startsOn: '2027-01-01',
          endsOn: '2027-06-01',
          capacity: 5,
          approvalRequired: false,
          ...bad,
        })
        .expect(400);
    }
  });

  it('waitlists the 3rd enrolment when capacity is 2 and promotes it when a seat frees', async () => {
    const cohort = await createCohort(t, admin, courseId, { capacity: 2 });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUser(t, admin)));
    expect((await enrol(t, a, cohort.id)).status).toBe('active');
    expect((await enrol(t, b, cohort.id)).status).toBe('active');
    const waiting = await enrol(t, c, cohort.id);
    expect(waiting.status).toBe('waitlisted');
    const detail = await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(a)).expect(200);
    expect(detail.body).toMatchObject({ seatsTaken: 2, capacity: 2 });

    const mine = await t.http.get('/api/me/enrollments').set(auth(a)).expect(200);
    const first = mine.body.items[0];
    const withdrawn = await t.http
      .patch(`/api/enrollments/${first.id}`)
      .set(auth(a))
      .send({ status: 'withdrawn' })
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const list = await t.http.get(`/api/cohorts/${cohort.id}/enrollments`).set(auth(admin)).expect(200);
    const statusOf = (id: string) => list.body.items.find((e: { userId: string }) => e.userId === id).status;
    expect(statusOf(c.id)).toBe('active');
    expect(statusOf(a.id)).toBe('withdrawn');
    const again = await t.http
      .post(`/api/cohorts/${cohort.id}/enrollments`)
      .set(auth(c))
      .send({})
      .expect(409);
    expect(again.body.code).toBe('ALREADY_ENROLLED');
  });

  it('keeps enrolments pending until an admin approves; approval of a full cohort waitlists', async () => {
    const cohort = await createCohort(t, admin, courseId, { capacity: 1, approvalRequired: true });
    const [a, b] = await Promise.all([1, 2].map(() => createUser(t, admin)));
    const ea = await enrol(t, a, cohort.id);
    const eb = await enrol(t, b, cohort.id);
    expect([ea.status, eb.status]).toEqual(['pending', 'pending']);
    await t.http.patch(`/api/enrollments/${ea.id}`).set(auth(a)).send({ status: 'active' }).expect(403);
    expect(
      (
        await t.http
          .patch(`/api/enrollments/${ea.id}`)
          .set(auth(admin))
          .send({ status: 'active' })
          .expect(200)
      ).body.status,
    ).toBe('active');
    expect(
      (
        await t.http
          .patch(`/api/enrollments/${eb.id}`)
          .set(auth(admin))
          .send({ status: 'active' })
          .expect(200)
      ).body.status,
    ).toBe('waitlisted');
    await t.http
      .patch(`/api/enrollments/${ea.id}`)
      .set(auth(admin))
      .send({ status: 'withdrawn' })
      .expect(200);
    const promoted = await t.http
      .get(`/api/cohorts/${cohort.id}/enrollments?status=active`)
      .set(auth(admin))
      .expect(200);
    expect(promoted.body.items.map((e: { id: string }) => e.id)).toEqual([eb.id]);
    const audit = await t.http.get(`/api/audit-events?subjectId=${eb.id}`).set(auth(admin)).expect(200);
    expect(audit.body.items.map((e: { details: { to: string } }) => e.details.to)).toEqual([
      'active',
      'waitlisted',
      'pending',
    ]);
  });

  it('lets a coordinator enrol colleagues of the same organisation only, and admins anyone', async () => {
    const cohort = await createCohort(t, admin, courseId);
    const coordinator = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgA,
    });
    const colleague = await createUser(t, admin, { organizationId: orgA });
    const stranger = await createUser(t, admin, { organizationId: orgB });
    const made = await enrol(t, coordinator, cohort.id, colleague.id);
    expect(made).toMatchObject({ cohortId: cohort.id, userId: colleague.id, status: 'active' });
    const refused = await t.http
      .post(`/api/cohorts/${cohort.id}/enrollments`)
      .set(auth(coordinator))
      .send({ userId: stranger.id })
      .expect(403);
    expect(refused.body.code).toBe('NOT_SAME_ORGANIZATION');
    await t.http
      .post(`/api/cohorts/${cohort.id}/enrollments`)
      .set(auth(colleague))
      .send({ userId: stranger.id })
      .expect(403);
    expect((await enrol(t, admin, cohort.id, stranger.id)).status).toBe('active');
  });

  it('shows a coordinator the colleagues to enrol and the team’s enrolments', async () => {
    const cohort = await createCohort(t, admin, courseId);
    const org = (await createOrganization(t, admin)).id;
    const coordinator = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: org,
    });
    const colleague = await createUser(t, admin, { organizationId: org, fullName: 'Kalle Kollega' });
    const members = await t.http
      .get(`/api/organizations/${org}/members?q=kolle`)
      .set(auth(coordinator))
      .expect(200);
    expect(members.body.items.map((u: { id: string }) => u.id)).toEqual([colleague.id]);
    await enrol(t, coordinator, cohort.id, colleague.id);
    const team = await t.http.get(`/api/organizations/${org}/enrollments`).set(auth(coordinator)).expect(200);
    expect(team.body.items).toEqual([
      expect.objectContaining({
        userId: colleague.id,
        fullName: 'Kalle Kollega',
        status: 'active',
        percent: 0,
        cohort: expect.objectContaining({ id: cohort.id }),
      }),
    ]);
    await t.http.get(`/api/organizations/${orgA}/enrollments`).set(auth(coordinator)).expect(404);
  });

  it('answers 409 ENROLLMENT_CLOSED after the enrolment window', async () => {
    const cohort = await createCohort(t, admin, courseId, { enrollmentClosesAt: '2020-01-01T00:00:00Z' });
    const user = await createUser(t, admin);
    const res = await t.http
      .post(`/api/cohorts/${cohort.id}/enrollments`)
      .set(auth(user))
      .send({})
      .expect(409);
    expect(res.body.code).toBe('ENROLLMENT_CLOSED');
    await t.http
      .post('/api/cohorts/00000000-0000-4000-8000-000000000000/enrollments')
      .set(auth(user))
      .send({})
      .expect(404);
  });

  it('lists open cohorts and the caller’s own; enrolments lists only for the cohort’s trainers and admins', async () => {
    const open = await createCohort(t, admin, courseId, { trainerIds: [trainer.id] });
    const closed = await createCohort(t, admin, courseId, { enrollmentClosesAt: '2020-01-01T00:00:00Z' });
    const user = await createUser(t, admin);
    const ids = (await t.http.get('/api/cohorts?limit=200').set(auth(user)).expect(200)).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
    await t.http.get(`/api/cohorts/${closed.id}`).set(auth(user)).expect(404);
    const runs = (await t.http.get('/api/cohorts?scope=mine').set(auth(trainer)).expect(200)).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(runs).toContain(open.id);
    await t.http.get(`/api/cohorts/${open.id}/enrollments`).set(auth(trainer)).expect(200);
    await t.http.get(`/api/cohorts/${closed.id}/enrollments`).set(auth(trainer)).expect(403);
    await t.http.get(`/api/cohorts/${open.id}/enrollments`).set(auth(user)).expect(403);
    const me = (await t.http.get('/api/me/enrollments').set(auth(user)).expect(200)).body;
    expect(me).toEqual({ items: [], total: 0 });
  });

  it('lets no one else withdraw a participant', async () => {
    const cohort = await createCohort(t, admin, courseId);
    const [a, b] = await Promise.all([1, 2].map(() => createUser(t, admin)));
    const ea = await enrol(t, a, cohort.id);
    await t.http.patch(`/api/enrollments/${ea.id}`).set(auth(b)).send({ status: 'withdrawn' }).expect(404);
    await t.http.patch(`/api/enrollments/${ea.id}`).set(auth(a)).send({ status: 'completed' }).expect(400);
  });

  it('raising the capacity promotes the waitlist in order', async () => {
    const cohort = await createCohort(t, admin, courseId, { capacity: 1 });
    const users = await Promise.all([1, 2, 3].map(() => createUser(t, admin)));
    const made = [];
    for (const u of users) made.push(await enrol(t, u, cohort.id));
    expect(made.map((e) => e.status)).toEqual(['active', 'waitlisted', 'waitlisted']);
    const lowered = await t.http
      .patch(`/api/cohorts/${cohort.id}`)
      .set(auth(admin))
      .send({ capacity: 2 })
      .expect(200);
    expect(lowered.body.seatsTaken).toBe(2);
    const active = (await t.http.get(`/api/cohorts/${cohort.id}/enrollments?status=active`).set(auth(admin)))
      .body.items;
    expect(active.map((e: { id: string }) => e.id).sort()).toEqual([made[0].id, made[1].id].sort());
    const refused = await t.http
      .patch(`/api/cohorts/${cohort.id}`)
      .set(auth(admin))
      .send({ capacity: 1 })
      .expect(409);
    expect(refused.body.code).toBe('CAPACITY_BELOW_SEATS');
  });
});
