import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
} from '../../test/factories';
import {
  addReviewer,
  createCall,
  review,
  startApplication,
  submittedApplication,
} from '../../test/factories/calls';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

const NONE = '00000000-0000-4000-8000-000000000000';

describe('review and selection', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let otherTrainer: Actor;
  let cohortId: string;
  let callId: string;
  let orgA: string;
  let orgB: string;
  let a: Actor;
  let aColleague: Actor;
  let b: Actor;
  let agent: Actor;
  let farAgent: Actor;

  beforeAll(async () => {
    ({ t, admin, trainer, otherTrainer } = await startSuite({
      users: { trainer: 'trainer', otherTrainer: 'trainer' },
    }));
    const course = await createPublishedCourse(t, trainer);
    cohortId = (await createCohort(t, admin, course.id, { approvalRequired: true })).id;
    orgA = (await createOrganization(t, admin, { region: '06', kind: 'municipality' })).id;
    orgB = (await createOrganization(t, admin, { region: '01', kind: 'wellbeing_county' })).id;
    a = await createUser(t, admin, { roles: ['participant', 'coordinator'], organizationId: orgA });
    aColleague = await createUser(t, admin, { organizationId: orgA });
    b = await createUser(t, admin, { organizationId: orgB });
    agent = await createUser(t, admin, { roles: ['change_agent'], regions: ['06'] });
    farAgent = await createUser(t, admin, { roles: ['change_agent'], regions: ['19'] });
    callId = (await createCall(t, admin, cohortId)).id;
    await addReviewer(t, admin, callId, trainer.id);
    await addReviewer(t, admin, callId, admin.id);
  });
  afterAll(() => t.close());

  it('names only staff as reviewers: 409 NOT_STAFF for a participant, 404 for no one', async () => {
    const res = await t.http.post(`/api/calls/${callId}/reviewers`).set(auth(admin)).send({ userId: b.id });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'NOT_STAFF' });
    expect(
      (await t.http.post(`/api/calls/${callId}/reviewers`).set(auth(admin)).send({ userId: NONE })).status,
    ).toBe(404);
    expect(
      (await t.http.post(`/api/calls/${NONE}/reviewers`).set(auth(admin)).send({ userId: trainer.id }))
        .status,
    ).toBe(404);
    const call = await t.http.get(`/api/calls/${callId}`).set(auth(admin)).expect(200);
    expect(call.body.reviewers.map((r: { userId: string }) => r.userId).sort()).toEqual(
      [admin.id, trainer.id].sort(),
    );
    expect((await t.http.get(`/api/calls/${callId}`).set(auth(trainer))).body).toMatchObject({
      isReviewer: true,
      reviewers: [],
    });
  });

  it('scores by the weights, answers the mean, and keeps scores and names from the applicants', async () => {
    const app = await submittedApplication(t, a, callId);
    // (4·3 + 5·2 + 2·1) / 6 = 4; (3·3 + 2·2 + 5·1) / 6 = 3; mean 3.5.
    const first = await t.http
      .put(`/api/applications/${app.id}/review`)
      .set(auth(trainer))
      .send({ scores: { task: 4, commitment: 5, team: 2 }, comment: ' Vahva ' })
      .expect(200);
    expect(first.body).toMatchObject({
      reviewerId: trainer.id,
      scores: { task: 4, commitment: 5, team: 2 },
      comment: 'Vahva',
      weightedScore: 4,
    });
    await review(t, admin, app.id, { task: 3, commitment: 2, team: 5 });
    const seen = await t.http.get(`/api/applications/${app.id}`).set(auth(admin)).expect(200);
    expect(seen.body.score).toBe(3.5);
    expect(seen.body.reviews.map((r: { weightedScore: number }) => r.weightedScore).sort()).toEqual([3, 4]);
    expect(seen.body.reviews.every((r: { reviewerName: string | null }) => r.reviewerName)).toBe(true);
    // A second review by the same reviewer replaces the first: (5·3 + 2·2 + 0·1) / 6 = 19/6 → 3.17; mean (19/6 + 3)/2 = 37/12 → 3.08.
    const again = await t.http
      .put(`/api/applications/${app.id}/review`)
      .set(auth(trainer))
      .send({ scores: { task: 5, commitment: 2, team: 0 } })
      .expect(200);
    expect(again.body.weightedScore).toBe(3.17);
    const byTrainer = await t.http.get(`/api/applications/${app.id}`).set(auth(trainer)).expect(200);
    expect(byTrainer.body.score).toBe(3.08);
    expect(byTrainer.body.reviews).toHaveLength(2);
    expect(
      byTrainer.body.reviews.find((r: { reviewerId: string }) => r.reviewerId === admin.id).reviewerName,
    ).toBeNull();
    for (const applicant of [a, aColleague]) {
      const own = await t.http.get(`/api/applications/${app.id}`).set(auth(applicant)).expect(200);
      expect(own.body).not.toHaveProperty('score');
      expect(own.body).not.toHaveProperty('reviews');
      expect(JSON.stringify(own.body)).not.toContain(trainer.id);
    }
    const byAgent = await t.http.get(`/api/applications/${app.id}`).set(auth(agent)).expect(200);
    expect(byAgent.body).not.toHaveProperty('score');
    expect((await t.http.get(`/api/applications/${app.id}`).set(auth(farAgent))).status).toBe(404);
    expect((await t.http.get(`/api/applications/${app.id}`).set(auth(b))).status).toBe(404);
  });

  it('refuses reviews: incomplete or unknown scores 400, a draft 404, another call’s reviewer 404, a non-reviewer 403, a colleague 409', async () => {
    const other = await createCall(t, admin, cohortId);
    await addReviewer(t, admin, other.id, otherTrainer.id);
    const app = await submittedApplication(t, b, callId);
    const put = (who: Actor, scores: object, id = app.id) =>
      t.http.put(`/api/applications/${id}/review`).set(auth(who)).send({ scores });
    for (const scores of [
      { task: 1, commitment: 1 },
      { task: 1, commitment: 1, team: 6 },
      { task: 1, commitment: 1, team: 1, extra: 1 },
      { task: 1.5, commitment: 1, team: 1 },
    ]) {
      expect((await put(trainer, scores)).status).toBe(400);
    }
    const full = { task: 1, commitment: 1, team: 1 };
    expect((await put(otherTrainer, full)).status).toBe(404);
    const draft = await startApplication(t, b, other.id);
    expect((await put(otherTrainer, full, draft.id)).status).toBe(404);
    const stranger = await createUser(t, admin, { roles: ['admin'] });
    const res = await put(stranger, full);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'NOT_REVIEWER' });
    // A trainer of orgB's own staff is named a reviewer: they may not review orgB.
    const insider = await createUser(t, admin, { roles: ['trainer'], organizationId: orgB });
    await addReviewer(t, admin, callId, insider.id);
    const conflict = await put(insider, full);
    expect({ status: conflict.status, code: conflict.body.code }).toEqual({
      status: 409,
      code: 'CONFLICT_OF_INTEREST',
    });
    expect((await put(b, full)).status).toBe(403);
  });

  it('lists: admins ranked with scores, reviewers the submitted ones, change agents their regions without scores', async () => {
    const list = async (who: Actor, query = '') =>
      t.http.get(`/api/calls/${callId}/applications${query}`).set(auth(who));
    const ranked = (await list(admin)).body.items as {
      organizationId: string;
      score: number | null;
      status: string;
    }[];
    const scores = ranked.map((r) => r.score);
    expect(scores[0]).toBe(3.08);
    expect(scores.slice(scores.indexOf(null)).every((s) => s === null)).toBe(true);
    expect(
      (await list(admin, '?region=01')).body.items.every((r: { region: string }) => r.region === '01'),
    ).toBe(true);
    expect(
      (await list(admin, '?kind=wellbeing_county')).body.items.map(
        (r: { organizationId: string }) => r.organizationId,
      ),
    ).toEqual([orgB]);
    const reviewerSees = (await list(trainer)).body.items as { status: string; score: number | null }[];
    expect(reviewerSees.every((r) => r.status !== 'draft')).toBe(true);
    const agentSees = (await list(agent)).body;
    expect(agentSees.items.map((r: { organizationId: string }) => r.organizationId)).toEqual([orgA]);
    expect(agentSees.items[0].score).toBeNull();
    expect((await list(otherTrainer)).status).toBe(403);
    expect((await list(a)).status).toBe(403);
    expect((await list(admin, '?region=99')).status).toBe(400);
  });

  it('decides: a draft is 409 NOT_SUBMITTED, a reserve may still be accepted, an accepted one is final', async () => {
    const call = await createCall(t, admin, cohortId);
    const draft = await startApplication(t, a, call.id);
    const decide = (id: string, decision: string, message?: string) =>
      t.http.post(`/api/applications/${id}/decision`).set(auth(admin)).send({ decision, message });
    expect((await decide(draft.id, 'accepted')).body.code).toBe('NOT_SUBMITTED');
    const app = await submittedApplication(t, b, call.id);
    expect((await decide(app.id, 'reserve', 'Varasijalla')).body).toMatchObject({
      status: 'reserve',
      decisionMessage: 'Varasijalla',
    });
    const rejected = await decide(app.id, 'rejected', 'Ei tällä kertaa');
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedAt: expect.any(String) });
    expect((await decide(app.id, 'accepted')).body.code).toBe('ALREADY_DECIDED');
    await addReviewer(t, admin, call.id, trainer.id);
    const late = await t.http
      .put(`/api/applications/${app.id}/review`)
      .set(auth(trainer))
      .send({ scores: { task: 1, commitment: 1, team: 1 } });
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'ALREADY_DECIDED' });
    expect(
      (
        await t.http
          .post(`/api/applications/${app.id}/decision`)
          .set(auth(trainer))
          .send({ decision: 'accepted' })
      ).status,
    ).toBe(403);
    expect((await decide(app.id, 'maybe')).status).toBe(400);
    const audit = await t.http.get(`/api/audit-events?subjectId=${app.id}`).set(auth(admin)).expect(200);
    expect(
      audit.body.items.filter((e: { action: string }) => e.action === 'application.decided'),
    ).toHaveLength(2);
  });

  // Thirty people and ten organisations first: on a busy machine's embedded database that takes a while.
  it('never lets ten admins accepting at once pass maxOrganizations', async () => {
    const call = await createCall(t, admin, cohortId, { maxOrganizations: 3 });
    const admins: Actor[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      admins.push(await createUser(t, admin, { roles: ['admin'] }));
      const org = await createOrganization(t, admin);
      const applicant = await createUser(t, admin, { organizationId: org.id });
      ids.push((await submittedApplication(t, applicant, call.id, [`tiimi-${i}@uusi.example`])).id);
    }
    const answers = await Promise.all(
      ids.map((id, i) =>
        t.http.post(`/api/applications/${id}/decision`).set(auth(admins[i])).send({ decision: 'accepted' }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(3);
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(7).fill('CALL_FULL'),
    );
    expect((await t.http.get(`/api/calls/${call.id}`).set(auth(admin))).body.accepted).toBe(3);
  }, 240_000);
});
