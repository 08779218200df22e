import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
} from '../../test/factories';
import { completeApplication, createCall, CRITERIA, startApplication } from '../../test/factories/calls';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

describe('calls and applications', () => {
  let t: TestApp;
  let admin: Actor;
  let cohortId: string;
  let orgA: string;
  let coordinator: Actor;
  let colleague: Actor;
  let outsider: Actor;
  let loner: Actor;
  let trainer: Actor;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    const course = await createPublishedCourse(t, trainer);
    cohortId = (await createCohort(t, admin, course.id)).id;
    orgA = (await createOrganization(t, admin, { region: '06' })).id;
    const orgB = (await createOrganization(t, admin, { region: '01' })).id;
    coordinator = await createUser(t, admin, { roles: ['participant', 'coordinator'], organizationId: orgA });
    colleague = await createUser(t, admin, { organizationId: orgA });
    outsider = await createUser(t, admin, { organizationId: orgB });
    loner = await createUser(t, admin);
  });
  afterAll(() => t.close());

  describe('POST /api/calls', () => {
    it('creates a call whose status follows the clock', async () => {
      const open = await createCall(t, admin, cohortId);
      expect(open).toMatchObject({ cohortId, maxOrganizations: 10, criteria: CRITERIA, status: 'open' });
      const scheduled = await createCall(t, admin, cohortId, { opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      expect(scheduled.status).toBe('scheduled');
      const closed = await createCall(t, admin, cohortId, { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
      expect(closed.status).toBe('closed');
    });

    it.each([
      ['closesAt before opensAt', { opensAt: at(HOUR), closesAt: at(-HOUR) }],
      ['maxOrganizations 0', { maxOrganizations: 0 }],
      ['no criteria', { criteria: [] }],
      [
        '13 criteria',
        { criteria: Array.from({ length: 13 }, (_, i) => ({ key: `k${i}`, title: 'K', weight: 1 })) },
      ],
      ['a weight of 11', { criteria: [{ key: 'a', title: 'A', weight: 11 }] }],
      ['a weight of 0', { criteria: [{ key: 'a', title: 'A', weight: 0 }] }],
      ['the same key twice', { criteria: [CRITERIA[0], { ...CRITERIA[1], key: 'task' }] }],
      ['an unknown field', { extra: 1 }],
      ['a blank title', { title: '   ' }],
      ['a title of 201 characters', { title: 'x'.repeat(201) }],
    ])('refuses %s with 400', async (_, overrides) => {
      const res = await t.http
        .post('/api/calls')
        .set(auth(admin))
        .send({
          cohortId,
          title: 'Haku',
          opensAt: at(0),
          closesAt: at(HOUR),
          maxOrganizations: 1,
          criteria: CRITERIA,
          ...overrides,
        });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('answers 404 for an unknown cohort and 403 to anyone but an admin', async () => {
      const body = {
        cohortId: '00000000-0000-4000-8000-000000000000',
        title: 'Haku',
        opensAt: at(0),
        closesAt: at(HOUR),
        maxOrganizations: 1,
        criteria: CRITERIA,
      };
      expect((await t.http.post('/api/calls').set(auth(admin)).send(body)).status).toBe(404);
      expect(
        (
          await t.http
            .post('/api/calls')
            .set(auth(trainer))
            .send({ ...body, cohortId })
        ).status,
      ).toBe(403);
    });
  });

  describe('GET /api/calls', () => {
    it('lists open calls to everyone signed in and every call to admins', async () => {
      const scheduled = await createCall(t, admin, cohortId, { opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      const open = await createCall(t, admin, cohortId);
      const seen = (await t.http.get('/api/calls').set(auth(loner)).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
      expect(seen).toContain(open.id);
      expect(seen).not.toContain(scheduled.id);
      const all = (await t.http.get('/api/calls?limit=200').set(auth(admin)).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
      expect(all).toEqual(expect.arrayContaining([open.id, scheduled.id]));
      expect((await t.http.get(`/api/calls/${scheduled.id}`).set(auth(loner))).status).toBe(200);
      expect((await t.http.get('/api/calls')).status).toBe(401);
    });
  });

  describe('POST /api/calls/:id/applications', () => {
    it('starts one draft per organisation; a colleague’s second start is 409 APPLICATION_EXISTS', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, coordinator, call.id, { motivation: ' Halu oppia ' });
      expect(draft).toMatchObject({
        callId: call.id,
        organizationId: orgA,
        status: 'draft',
        version: 1,
        motivation: 'Halu oppia',
      });
      expect(draft.missing).toEqual(expect.arrayContaining(['developmentTask', 'sponsor.fullName', 'team']));
      expect(draft).not.toHaveProperty('score');
      const again = await t.http.post(`/api/calls/${call.id}/applications`).set(auth(colleague)).send({});
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 409,
        code: 'APPLICATION_EXISTS',
      });
      expect((await t.http.get(`/api/calls/${call.id}`).set(auth(colleague))).body.myApplicationId).toBe(
        draft.id,
      );
    });

    it('refuses 409 CALL_CLOSED before opensAt and after closesAt, 403 without an organisation or as a trainer', async () => {
      for (const window of [
        { opensAt: at(HOUR), closesAt: at(2 * HOUR) },
        { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) },
      ]) {
        const call = await createCall(t, admin, cohortId, window);
        const res = await t.http.post(`/api/calls/${call.id}/applications`).set(auth(coordinator)).send({});
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'CALL_CLOSED' });
      }
      const call = await createCall(t, admin, cohortId);
      expect((await t.http.post(`/api/calls/${call.id}/applications`).set(auth(loner)).send({})).status).toBe(
        403,
      );
      expect(
        (await t.http.post(`/api/calls/${call.id}/applications`).set(auth(trainer)).send({})).status,
      ).toBe(403);
      expect(
        (
          await t.http
            .post('/api/calls/00000000-0000-4000-8000-000000000000/applications')
            .set(auth(coordinator))
            .send({})
        ).status,
      ).toBe(404);
    });

    it('keeps the development task’s rich text safe and refuses a team of 16', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, outsider, call.id, {
        developmentTask: '<p>Tehtävä<script>alert(1)</script><img src=x onerror=alert(1)></p>',
      });
      // The allow-list of page content: the script and the handler go, the image stays.
      expect(draft.developmentTask).toBe('<p>Tehtävä<img src="x" /></p>');
      const team = Array.from({ length: 16 }, () => ({
        fullName: 'A',
        email: 'a@kunta.example',
        role: 'expert',
      }));
      const res = await t.http.patch(`/api/applications/${draft.id}`).set(auth(outsider)).send({ team });
      expect(res.status).toBe(400);
      const bad = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(outsider))
        .send({ team: [{ fullName: 'A', email: 'a@b.fi', role: 'boss' }] });
      expect(bad.status).toBe(400);
    });
  });

  describe('PATCH /api/applications/:id', () => {
    it('increases the version; a save over a colleague’s newer one is 409 STALE_VERSION and changes nothing', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, coordinator, call.id);
      const mine = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(coordinator))
        .send({ motivation: 'Minun', version: 1 })
        .expect(200);
      expect(mine.body.version).toBe(2);
      const theirs = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(colleague))
        .send({ motivation: 'Kollegan', version: 1 });
      expect({ status: theirs.status, code: theirs.body.code }).toEqual({
        status: 409,
        code: 'STALE_VERSION',
      });
      const now = await t.http.get(`/api/applications/${draft.id}`).set(auth(colleague)).expect(200);
      expect(now.body).toMatchObject({ motivation: 'Minun', version: 2 });
      // Without a version the save simply lands.
      const blind = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(colleague))
        .send({ motivation: 'Kollegan' })
        .expect(200);
      expect(blind.body.version).toBe(3);
    });

    it('lets only the organisation’s people edit: others 404, an admin 403', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, coordinator, call.id);
      expect(
        (await t.http.patch(`/api/applications/${draft.id}`).set(auth(outsider)).send({ motivation: 'x' }))
          .status,
      ).toBe(404);
      expect((await t.http.get(`/api/applications/${draft.id}`).set(auth(outsider))).status).toBe(404);
      const byAdmin = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(admin))
        .send({ motivation: 'x' });
      expect({ status: byAdmin.status, code: byAdmin.body.code }).toEqual({
        status: 403,
        code: 'NOT_SAME_ORGANIZATION',
      });
    });
  });

  describe('POST /api/applications/:id/submit', () => {
    it('says what is missing, then submits once and freezes the application (audited)', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, coordinator, call.id, { motivation: 'Vain perustelu' });
      const early = await t.http.post(`/api/applications/${draft.id}/submit`).set(auth(coordinator));
      expect({ status: early.status, code: early.body.code }).toEqual({
        status: 409,
        code: 'APPLICATION_INCOMPLETE',
      });
      expect(early.body.message).toContain('developmentTask');
      await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(colleague))
        .send(completeApplication())
        .expect(200);
      const done = await t.http
        .post(`/api/applications/${draft.id}/submit`)
        .set(auth(coordinator))
        .expect(200);
      expect(done.body).toEqual({ id: draft.id, status: 'submitted', submittedAt: expect.any(String) });
      const frozen = await t.http
        .patch(`/api/applications/${draft.id}`)
        .set(auth(colleague))
        .send({ motivation: 'Myöhässä' });
      expect({ status: frozen.status, code: frozen.body.code }).toEqual({
        status: 409,
        code: 'APPLICATION_SUBMITTED',
      });
      const audit = await t.http.get(`/api/audit-events?subjectId=${draft.id}`).set(auth(admin)).expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['application.submitted']);
    });

    it('gives two colleagues submitting at once one submission', async () => {
      const call = await createCall(t, admin, cohortId);
      const draft = await startApplication(t, coordinator, call.id, completeApplication());
      const answers = await Promise.all(
        [coordinator, colleague].map((who) =>
          t.http.post(`/api/applications/${draft.id}/submit`).set(auth(who)),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.status === 409)?.body.code).toBe('APPLICATION_SUBMITTED');
      const audit = await t.http.get(`/api/audit-events?subjectId=${draft.id}`).set(auth(admin)).expect(200);
      expect(audit.body.total).toBe(1);
    });

    it('answers 409 CALL_CLOSED after closesAt', async () => {
      const call = await createCall(t, admin, cohortId, { opensAt: at(-HOUR), closesAt: at(1500) });
      const draft = await startApplication(t, coordinator, call.id, completeApplication());
      await new Promise((r) => setTimeout(r, 1600));
      const late = await t.http.post(`/api/applications/${draft.id}/submit`).set(auth(coordinator));
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'CALL_CLOSED' });
    });
  });
});
