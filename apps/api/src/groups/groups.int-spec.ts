import { Actor, auth, createUser } from '../../test/factories';
import { createGroup, GroupWorld, groupWorld, setMentor } from '../../test/factories/groups';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

interface CountRow {
  n: number;
}

describe('small groups and mentors over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let w: GroupWorld;
  let outsider: Actor;

  const groupCount = async () =>
    (
      await t.db.query<CountRow[]>(`SELECT count(*)::int AS n FROM cohort_groups WHERE cohort_id = $1`, [
        w.cohortId,
      ])
    )[0].n;

  // A world of seven signed-in people: on the embedded database of a busy machine, more than a minute.
  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    w = await groupWorld(t, admin);
    outsider = await createUser(t, admin, { roles: ['trainer'] });
  }, 120_000);
  afterAll(() => t.close());

  it('forms a group of the cohort’s organisations with its coaches, as the contract shapes it', async () => {
    const res = await t.http
      .post(`/api/cohorts/${w.cohortId}/groups`)
      .set(auth(w.trainer))
      .send({ name: '  Pienryhmä A  ', coachIds: [w.coachA.id], organizationIds: [w.orgA] })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      cohortId: w.cohortId,
      name: 'Pienryhmä A',
      coaches: [{ id: w.coachA.id, fullName: expect.any(String) }],
      organizations: [{ id: w.orgA, name: 'Aurajoki kunta', mentor: null }],
    });
  });

  it('refuses a coach who is not staff with 409 NOT_STAFF, and writes nothing', async () => {
    const before = await groupCount();
    const res = await t.http
      .post(`/api/cohorts/${w.cohortId}/groups`)
      .set(auth(w.trainer))
      .send({ name: 'Väärä', coachIds: [w.b1.id], organizationIds: [w.orgB] })
      .expect(409);
    expect(res.body.code).toBe('NOT_STAFF');
    expect(await groupCount()).toBe(before);
  });

  it('keeps an organisation in one group of a cohort: 409 ORGANIZATION_IN_OTHER_GROUP', async () => {
    const res = await t.http
      .post(`/api/cohorts/${w.cohortId}/groups`)
      .set(auth(admin))
      .send({ name: 'Toinen', coachIds: [], organizationIds: [w.orgA] })
      .expect(409);
    expect(res.body.code).toBe('ORGANIZATION_IN_OTHER_GROUP');
  });

  it('refuses an organisation with nobody enrolled in the cohort: 409 NOT_IN_COHORT', async () => {
    const res = await t.http
      .post(`/api/cohorts/${w.cohortId}/groups`)
      .set(auth(w.trainer))
      .send({ name: 'Tyhjä', coachIds: [], organizationIds: [w.orgC] })
      .expect(409);
    expect(res.body.code).toBe('NOT_IN_COHORT');
  });

  it('lets only the cohort’s trainers and admins form groups: 403 to those who see it, 404 to others', async () => {
    const body = { name: 'Kielletty', coachIds: [], organizationIds: [] };
    const post = (who: Actor) => t.http.post(`/api/cohorts/${w.cohortId}/groups`).set(auth(who)).send(body);
    expect((await post(w.coachA)).status).toBe(403);
    expect((await post(w.a1)).status).toBe(403);
    expect((await post(outsider)).status).toBe(404);
    expect((await post(w.a1).send({ ...body, name: '   ' })).status).toBe(400);
  });

  it('shows every group to staff of the cohort and a participant only their own group', async () => {
    await createGroup(t, w.trainer, w.cohortId, {
      name: 'Pienryhmä B',
      coachIds: [w.coachB.id],
      organizationIds: [w.orgB],
    });
    const list = (who: Actor) => t.http.get(`/api/cohorts/${w.cohortId}/groups`).set(auth(who));
    const names = async (who: Actor) =>
      ((await list(who)).body.items as { name: string }[]).map((g) => g.name);
    expect(await names(w.trainer)).toEqual(['Pienryhmä A', 'Pienryhmä B']);
    expect(await names(w.coachB)).toEqual(['Pienryhmä A', 'Pienryhmä B']);
    expect(await names(w.a1)).toEqual(['Pienryhmä A']);
    expect(await names(w.b1)).toEqual(['Pienryhmä B']);
    expect((await list(outsider)).status).toBe(404);
  });

  it('names one mentor per organisation and cohort, and shows them on the group', async () => {
    const put = (who: Actor, org: string, mentorId: string) =>
      t.http.put(`/api/cohorts/${w.cohortId}/mentors/${org}`).set(auth(who)).send({ mentorId });
    const res = await put(w.trainer, w.orgA, w.coachB.id).expect(200);
    expect(res.body).toEqual({
      organizationId: w.orgA,
      mentor: { id: w.coachB.id, fullName: expect.any(String) },
    });
    await put(w.trainer, w.orgA, w.mentor.id).expect(200);
    const rows = await t.db.query<{ mentor_id: string }[]>(
      `SELECT mentor_id FROM cohort_mentors WHERE cohort_id = $1 AND organization_id = $2`,
      [w.cohortId, w.orgA],
    );
    expect(rows).toEqual([{ mentor_id: w.mentor.id }]);
    const groups = (await t.http.get(`/api/cohorts/${w.cohortId}/groups`).set(auth(w.a1))).body.items;
    expect(groups[0].organizations[0].mentor).toEqual({ id: w.mentor.id, fullName: expect.any(String) });
    expect((await put(w.trainer, w.orgA, w.a2.id)).body.code).toBe('NOT_STAFF');
    expect((await put(w.trainer, w.orgC, w.mentor.id)).body.code).toBe('NOT_IN_COHORT');
    expect((await put(w.coachA, w.orgA, w.mentor.id)).status).toBe(403);
    expect((await put(outsider, w.orgA, w.mentor.id)).status).toBe(404);
  });

  it('moves an organisation between groups and keeps where it was, with the period', async () => {
    const groups = (await t.http.get(`/api/cohorts/${w.cohortId}/groups`).set(auth(w.trainer))).body
      .items as {
      id: string;
      name: string;
    }[];
    const [a, b] = groups;
    const patch = (id: string, body: object) =>
      t.http.patch(`/api/groups/${id}`).set(auth(w.trainer)).send(body);
    expect((await patch(b.id, { organizationIds: [w.orgB, w.orgA] })).body.code).toBe(
      'ORGANIZATION_IN_OTHER_GROUP',
    );
    await patch(a.id, { organizationIds: [] }).expect(200);
    const moved = await patch(b.id, { name: 'Pienryhmä B2', organizationIds: [w.orgB, w.orgA] }).expect(200);
    expect(moved.body.name).toBe('Pienryhmä B2');
    expect((moved.body.organizations as { id: string }[]).map((o) => o.id).sort()).toEqual(
      [w.orgA, w.orgB].sort(),
    );
    const history = await t.db.query<{ group_id: string; current: boolean }[]>(
      `SELECT group_id, removed_at IS NULL AS current FROM cohort_group_placements
        WHERE cohort_id = $1 AND organization_id = $2 ORDER BY placed_at`,
      [w.cohortId, w.orgA],
    );
    expect(history).toEqual([
      { group_id: a.id, current: false },
      { group_id: b.id, current: true },
    ]);
    // Back to where it was, for the tests below.
    await patch(b.id, { organizationIds: [w.orgB] }).expect(200);
    await patch(a.id, { organizationIds: [w.orgA] }).expect(200);
    expect((await patch(a.id, { coachIds: [w.a1.id] })).body.code).toBe('NOT_STAFF');
    expect((await t.http.patch(`/api/groups/${a.id}`).set(auth(w.coachA)).send({ name: 'X' })).status).toBe(
      403,
    );
    expect((await t.http.patch(`/api/groups/${a.id}`).set(auth(outsider)).send({ name: 'X' })).status).toBe(
      404,
    );
  });

  it('leaves an organisation in one group when two requests place it in two groups at once', async () => {
    const other = await createUser(t, admin, { organizationId: w.orgC });
    const enrolled = await t.http.post(`/api/cohorts/${w.cohortId}/enrollments`).set(auth(other)).send({});
    expect(enrolled.status).toBe(201);
    const [x, y] = await Promise.all(
      ['Rinnakkain X', 'Rinnakkain Y'].map((name) =>
        createGroup(t, w.trainer, w.cohortId, { name, coachIds: [], organizationIds: [] }),
      ),
    );
    const answers = await Promise.all(
      [x, y].map((g) =>
        t.http
          .patch(`/api/groups/${g.id}`)
          .set(auth(w.trainer))
          .send({ organizationIds: [w.orgC] }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('ORGANIZATION_IN_OTHER_GROUP');
    const current = await t.db.query<CountRow[]>(
      `SELECT count(*)::int AS n FROM cohort_group_placements
        WHERE cohort_id = $1 AND organization_id = $2 AND removed_at IS NULL`,
      [w.cohortId, w.orgC],
    );
    expect(current[0].n).toBe(1);
  });

  it('answers 400 with nothing written for ids that are not UUIDs or unknown fields', async () => {
    const before = await groupCount();
    const post = (body: object) =>
      t.http.post(`/api/cohorts/${w.cohortId}/groups`).set(auth(w.trainer)).send(body);
    expect((await post({ name: 'X', coachIds: ['nope'], organizationIds: [] })).status).toBe(400);
    expect((await post({ name: 'X', coachIds: [], organizationIds: [], extra: 1 })).status).toBe(400);
    expect((await post({ name: 'x'.repeat(201), coachIds: [], organizationIds: [] })).status).toBe(400);
    expect(await groupCount()).toBe(before);
  });

  it('gives the cohort’s trainers the staff and the organisations with a team to form groups from', async () => {
    const board = (
      await t.http.get(`/api/cohorts/${w.cohortId}/group-board`).set(auth(w.trainer)).expect(200)
    ).body;
    expect(board.organizations.map((o: { name: string }) => o.name)).toEqual([
      'Aurajoki kunta',
      'Bjärnå kunta',
      'Cityn kunta',
    ]);
    const staff = board.staff.map((p: { id: string }) => p.id);
    expect(staff).toEqual(expect.arrayContaining([w.coachA.id, w.mentor.id, w.trainer.id]));
    expect(staff).not.toContain(w.a1.id);
    expect((await t.http.get(`/api/cohorts/${w.cohortId}/group-board`).set(auth(w.coachA))).status).toBe(403);
    expect((await t.http.get(`/api/cohorts/${w.cohortId}/group-board`).set(auth(outsider))).status).toBe(404);
  });

  it('lists in My teams the teams one coaches and mentors, twice for a team one does both for', async () => {
    await setMentor(t, w.trainer, w.cohortId, w.orgB, w.coachA.id);
    const roles = async () =>
      (
        (await t.http.get('/api/me/mentoring').set(auth(w.coachA)).expect(200)).body.items as {
          as: string;
          organizationId: string;
        }[]
      )
        .map((i) => `${i.as}:${i.organizationId}`)
        .sort();
    expect(await roles()).toEqual([`coach:${w.orgA}`, `mentor:${w.orgB}`].sort());
    await setMentor(t, w.trainer, w.cohortId, w.orgA, w.coachA.id);
    expect(await roles()).toEqual([`coach:${w.orgA}`, `mentor:${w.orgA}`, `mentor:${w.orgB}`].sort());
  });
});
