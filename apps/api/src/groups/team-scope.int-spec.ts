import {
  Actor,
  answerSelfAssessment,
  auth,
  createUser,
  openAssignment,
  signIn,
  submitAssignment,
} from '../../test/factories';
import { createGroup, GroupWorld, groupWorld, setMentor } from '../../test/factories/groups';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';
import { todayInFinland } from '../assignments/assignment-management-reviews.service';

/**
 * Coaches and mentors read what the cohort's trainers read, for their teams only, in every module that shows a
 * team's work: coachA coaches orgA's group, coachB orgB's, `mentor` mentors orgA.
 */
describe('coaches and mentors see exactly their teams', () => {
  let t: TestApp;
  let admin: Actor;
  let w: GroupWorld;
  let stranger: Actor;
  let assignmentA: string;
  let assignmentB: string;

  // A world of seven signed-in people: on the embedded database of a busy machine, more than a minute.
  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    w = await groupWorld(t, admin);
    stranger = await createUser(t, admin, { roles: ['trainer'] });
    await createGroup(t, w.trainer, w.cohortId, {
      name: 'A',
      coachIds: [w.coachA.id],
      organizationIds: [w.orgA],
    });
    await createGroup(t, w.trainer, w.cohortId, {
      name: 'B',
      coachIds: [w.coachB.id],
      organizationIds: [w.orgB],
    });
    await setMentor(t, w.trainer, w.cohortId, w.orgA, w.mentor.id);
    assignmentA = (await submitAssignment(t, w.a1, w.enrolments.a1, w.activities.assignment)).id;
    assignmentB = (await openAssignment(t, w.b1, w.enrolments.b1, w.activities.assignment)).id;
    await answerSelfAssessment(t, w.a1, w.enrolments.a1, w.activities.assessment);
    await answerSelfAssessment(t, w.b1, w.enrolments.b1, w.activities.assessment);
  }, 120_000);
  afterAll(() => t.close());

  const get = (who: Actor, path: string) => t.http.get(path).set(auth(who));

  it.each([
    ['progress', (e: string) => `/api/enrollments/${e}/progress`],
    ['self-assessment answers', (e: string) => `/api/enrollments/${e}/assessments`],
  ])('shows %s of their teams to coach and mentor, 404 for any other team', async (_, path) => {
    for (const follower of [w.coachA, w.mentor]) {
      expect((await get(follower, path(w.enrolments.a1))).status).toBe(200);
      expect((await get(follower, path(w.enrolments.b1))).status).toBe(404);
    }
    expect((await get(w.coachB, path(w.enrolments.b1))).status).toBe(200);
    expect((await get(w.coachB, path(w.enrolments.a1))).status).toBe(404);
    expect((await get(stranger, path(w.enrolments.a1))).status).toBe(404);
  });

  it('shows the team’s assignment and lets them comment, never review; 404 for another team', async () => {
    for (const follower of [w.coachA, w.mentor]) {
      const seen = await get(follower, `/api/assignments/${assignmentA}`).expect(200);
      expect(seen.body.canReview).toBe(false);
      await t.http
        .post(`/api/assignments/${assignmentA}/comments`)
        .set(auth(follower))
        .send({ body: 'Hyvä alku' })
        .expect(201);
      const review = await t.http
        .post(`/api/assignments/${assignmentA}/reviews`)
        .set(auth(follower))
        .send({ decision: 'approved' });
      expect(review.status).toBe(403);
      expect((await get(follower, `/api/assignments/${assignmentB}`)).status).toBe(404);
      const comment = t.http.post(`/api/assignments/${assignmentB}/comments`).set(auth(follower));
      expect((await comment.send({ body: 'Ei' })).status).toBe(404);
    }
    expect((await get(w.coachB, `/api/assignments/${assignmentA}`)).status).toBe(404);
  });

  it('lets a coach who is also the cohort’s trainer review', async () => {
    const group = (await get(w.trainer, `/api/cohorts/${w.cohortId}/groups`)).body.items[0];
    await t.http
      .patch(`/api/groups/${group.id}`)
      .set(auth(admin))
      .send({ coachIds: [w.coachA.id, w.trainer.id] })
      .expect(200);
    const seen = await get(w.trainer, `/api/assignments/${assignmentA}`).expect(200);
    expect(seen.body.canReview).toBe(true);
  });

  it('filters the cohort report, its CSV and the at-risk list to their teams', async () => {
    const report = (await get(w.coachA, `/api/cohorts/${w.cohortId}/report`).expect(200)).body;
    expect(report.participants.map((p: { organizationId: string }) => p.organizationId)).toEqual([
      w.orgA,
      w.orgA,
    ]);
    expect(report.organizations.map((o: { organizationId: string }) => o.organizationId)).toEqual([w.orgA]);
    const csv = (await get(w.mentor, `/api/cohorts/${w.cohortId}/report.csv`).expect(200)).text;
    expect(csv).toContain('Aurajoki kunta');
    expect(csv).not.toContain('Bjärnå');
    const atRisk = (await get(w.coachB, `/api/cohorts/${w.cohortId}/at-risk`).expect(200)).body as {
      organizationId: string;
    }[];
    expect(atRisk.every((p) => p.organizationId === w.orgB)).toBe(true);
    expect(atRisk.length).toBe(1);
    expect((await get(stranger, `/api/cohorts/${w.cohortId}/report`)).status).toBe(403);
    const full = (await get(w.trainer, `/api/cohorts/${w.cohortId}/report`).expect(200)).body;
    expect(full.participants).toHaveLength(3);
  });

  it('lists My teams with progress, lateness, the assignment’s state and the next meeting', async () => {
    const group = (await get(w.coachB, `/api/cohorts/${w.cohortId}/groups`)).body.items[1];
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    await t.http
      .post(`/api/groups/${group.id}/meetings`)
      .set(auth(w.coachB))
      .send({ title: 'Tapaaminen', startsAt: soon })
      .expect(201);
    const mine = (await get(w.coachB, '/api/me/mentoring').expect(200)).body;
    expect(mine).toEqual({
      total: 1,
      items: [
        expect.objectContaining({
          cohortId: w.cohortId,
          organizationId: w.orgB,
          organizationName: 'Bjärnå kunta',
          groupId: group.id,
          as: 'coach',
          participants: 1,
          averagePercent: expect.any(Number),
          assignmentStatus: 'draft',
          nextMeeting: { id: expect.any(String), title: 'Tapaaminen', startsAt: soon },
        }),
      ],
    });
    const mentor = (await get(w.mentor, '/api/me/mentoring')).body.items;
    expect(mentor).toEqual([
      expect.objectContaining({
        organizationId: w.orgA,
        as: 'mentor',
        participants: 2,
        assignmentStatus: 'submitted',
      }),
    ]);
    expect((await get(w.a1, '/api/me/mentoring')).body).toEqual({ items: [], total: 0 });
  });

  it('records the management-team review by the team only, and shows it on the assignment and the report', async () => {
    const put = (who: Actor, id: string, body: object) =>
      t.http.put(`/api/assignments/${id}/management-review`).set(auth(who)).send(body);
    const body = {
      presentedOn: todayInFinland(),
      outcome: 'endorsed',
      note: '<p>Johtoryhmä <script>x</script>hyväksyi</p>',
    };
    const res = await put(w.a2, assignmentA, body).expect(200);
    expect(res.body).toEqual({
      presentedOn: todayInFinland(),
      outcome: 'endorsed',
      note: '<p>Johtoryhmä hyväksyi</p>',
      recordedBy: { id: w.a2.id, fullName: 'Aapo Aurajoki' },
      recordedAt: expect.any(String),
    });
    expect((await put(w.coachA, assignmentA, body)).body.code).toBe('NOT_TEAM_MEMBER');
    expect((await put(w.trainer, assignmentA, body)).status).toBe(403);
    expect((await put(w.b1, assignmentA, body)).status).toBe(404);
    expect((await put(w.a1, assignmentA, { ...body, presentedOn: '2999-01-01' })).status).toBe(400);
    expect((await put(w.a1, assignmentA, { ...body, outcome: 'great' })).status).toBe(400);
    for (const who of [w.a1, w.coachA, w.mentor, w.trainer]) {
      const seen = (await get(who, `/api/assignments/${assignmentA}`)).body;
      expect(seen.managementReview).toMatchObject({ outcome: 'endorsed', presentedOn: todayInFinland() });
    }
    expect((await get(w.b1, `/api/assignments/${assignmentB}`)).body.managementReview).toBeNull();
    const report = (await get(w.trainer, `/api/cohorts/${w.cohortId}/report`)).body;
    const row = (id: string) =>
      report.organizations.find((o: { organizationId: string }) => o.organizationId === id);
    expect(row(w.orgA).managementReview).toEqual({ presentedOn: todayInFinland(), outcome: 'endorsed' });
    expect(row(w.orgB).managementReview).toBeNull();
  });

  it('stops showing a team to a coach once they are no longer staff', async () => {
    const group = (await get(w.trainer, `/api/cohorts/${w.cohortId}/groups`)).body.items[1];
    const former = await createUser(t, admin, { roles: ['trainer'] });
    await t.http
      .patch(`/api/groups/${group.id}`)
      .set(auth(w.trainer))
      .send({ coachIds: [w.coachB.id, former.id] })
      .expect(200);
    expect((await get(former, `/api/enrollments/${w.enrolments.b1}/progress`)).status).toBe(200);
    await t.http
      .patch(`/api/users/${former.id}`)
      .set(auth(admin))
      .send({ roles: ['participant'] })
      .expect(200);
    // The rule asks the person's roles as they are now, whatever their token says.
    const again = await signIn(t, former.email, 'test password 123');
    expect((await get(again, `/api/enrollments/${w.enrolments.b1}/progress`)).status).toBe(404);
    expect((await get(again, '/api/me/mentoring')).body.total).toBe(0);
  });
});
