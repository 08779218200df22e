import type { GroupResponse } from '@keino/contracts';

import { Actor, auth, createUser } from '../../test/factories';
import { createGroup, GroupWorld, groupWorld, setMentor } from '../../test/factories/groups';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

describe('group meetings and attendance over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let w: GroupWorld;
  let stranger: Actor;
  let groupA: GroupResponse;
  let groupB: GroupResponse;
  let meetingId: string;

  // A world of seven signed-in people: on the embedded database of a busy machine, more than a minute.
  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    w = await groupWorld(t, admin);
    stranger = await createUser(t, admin, { roles: ['trainer'] });
    groupA = await createGroup(t, w.trainer, w.cohortId, {
      name: 'A',
      coachIds: [w.coachA.id],
      organizationIds: [w.orgA],
    });
    groupB = await createGroup(t, w.trainer, w.cohortId, {
      name: 'B',
      coachIds: [w.coachB.id],
      organizationIds: [w.orgB],
    });
    await setMentor(t, w.trainer, w.cohortId, w.orgA, w.mentor.id);
  }, 120_000);
  afterAll(() => t.close());

  const post = (who: Actor, groupId: string, body: object) =>
    t.http.post(`/api/groups/${groupId}/meetings`).set(auth(who)).send(body);

  it('lets the group’s coach schedule a meeting, with its place and online link', async () => {
    const res = await post(w.coachA, groupA.id, {
      title: '  Sprintti 1  ',
      startsAt: '2027-02-10T07:00:00Z',
      endsAt: '2027-02-10T09:00:00Z',
      location: 'Turun kaupungintalo',
      onlineUrl: 'https://meet.keino.example/a',
    }).expect(201);
    expect(res.body).toMatchObject({
      groupId: groupA.id,
      title: 'Sprintti 1',
      startsAt: '2027-02-10T07:00:00.000Z',
      endsAt: '2027-02-10T09:00:00.000Z',
      location: 'Turun kaupungintalo',
      onlineUrl: 'https://meet.keino.example/a',
      attendance: [],
    });
    meetingId = res.body.id;
  });

  it('refuses the mentor, participants and another group’s coach (403), and strangers (404)', async () => {
    const body = { title: 'Ei', startsAt: '2027-03-01T07:00:00Z' };
    expect((await post(w.mentor, groupA.id, body)).status).toBe(403);
    expect((await post(w.a1, groupA.id, body)).status).toBe(403);
    expect((await post(w.coachB, groupA.id, body)).status).toBe(403);
    expect((await post(w.b1, groupA.id, body)).status).toBe(404);
    expect((await post(stranger, groupA.id, body)).status).toBe(404);
    expect((await post(w.trainer, groupA.id, body)).status).toBe(201);
  });

  it('refuses a meeting that ends before it starts, a bad link and a bad time with 400', async () => {
    const at = '2027-03-01T07:00:00Z';
    expect(
      (await post(w.coachA, groupA.id, { title: 'X', startsAt: at, endsAt: '2027-03-01T06:00:00Z' })).status,
    ).toBe(400);
    expect(
      (await post(w.coachA, groupA.id, { title: 'X', startsAt: at, onlineUrl: 'javascript:alert(1)' }))
        .status,
    ).toBe(400);
    expect((await post(w.coachA, groupA.id, { title: 'X', startsAt: 'huomenna' })).status).toBe(400);
    expect((await post(w.coachA, groupA.id, { title: '   ', startsAt: at })).status).toBe(400);
  });

  it('lists the meetings to everyone who sees the group; attendance only to those who record it', async () => {
    const list = (who: Actor, id = groupA.id) => t.http.get(`/api/groups/${id}/meetings`).set(auth(who));
    const forA1 = (await list(w.a1).expect(200)).body;
    expect(forA1.total).toBe(2);
    expect(forA1.items[0].attendance).toBeUndefined();
    const forCoach = (await list(w.coachA).expect(200)).body;
    expect(forCoach.items[0].attendance).toEqual([]);
    expect(forCoach.items[0].people.map((p: { id: string }) => p.id).sort()).toEqual(
      [w.a1.id, w.a2.id].sort(),
    );
    expect((await list(w.mentor).expect(200)).body.items[0].attendance).toBeUndefined();
    expect((await list(w.b1)).status).toBe(404);
    expect((await list(stranger)).status).toBe(404);
    expect((await list(w.b1, groupB.id)).status).toBe(200);
  });

  it('records who came, for people of the group’s organisations only', async () => {
    const put = (who: Actor, userId: string, attended: boolean) =>
      t.http.put(`/api/meetings/${meetingId}/attendance/${userId}`).set(auth(who)).send({ attended });
    expect((await put(w.coachA, w.a1.id, true).expect(200)).body).toEqual({
      meetingId,
      userId: w.a1.id,
      attended: true,
    });
    await put(w.coachA, w.a2.id, false).expect(200);
    await put(w.trainer, w.a2.id, true).expect(200);
    expect((await put(w.coachA, w.b1.id, true)).status).toBe(404);
    expect((await put(w.coachA, stranger.id, true)).status).toBe(404);
    expect((await put(w.mentor, w.a1.id, true)).status).toBe(403);
    expect((await put(w.coachB, w.a1.id, true)).status).toBe(403);
    expect((await put(stranger, w.a1.id, true)).status).toBe(404);
    const bad = t.http.put(`/api/meetings/${meetingId}/attendance/${w.a1.id}`).set(auth(w.coachA));
    expect((await bad.send({ attended: 'yes' })).status).toBe(400);
    const listed = (await t.http.get(`/api/groups/${groupA.id}/meetings`).set(auth(w.coachA))).body.items[0];
    expect(listed.attendance).toEqual(
      expect.arrayContaining([
        { userId: w.a1.id, attended: true },
        { userId: w.a2.id, attended: true },
      ]),
    );
  });

  it('shows a participant the coming meetings of their own group only, and announces them the day before', async () => {
    // 10 o'clock tomorrow in Finland (08:00 UTC in winter, 07:00 in summer: either way tomorrow there).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const tomorrow = new Date(`${today}T08:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    await post(w.coachB, groupB.id, {
      title: 'Ryhmä B:n tapaaminen',
      startsAt: tomorrow.toISOString(),
    }).expect(201);
    const titles = async (who: Actor) =>
      (
        (await t.http.get('/api/me/group-meetings').set(auth(who)).expect(200)).body.items as {
          title: string;
        }[]
      ).map((m) => m.title);
    expect(await titles(w.a1)).toEqual(['Sprintti 1', 'Ei']);
    expect(await titles(w.b1)).toEqual(['Ryhmä B:n tapaaminen']);
    expect(await titles(stranger)).toEqual([]);
    await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    const told = async (who: Actor) =>
      (
        (await t.http.get('/api/me/notifications').set(auth(who))).body.items as {
          kind: string;
          payload: { activityTitle: string };
        }[]
      )
        .filter((n) => n.kind === 'workshop_tomorrow')
        .map((n) => n.payload.activityTitle);
    expect(await told(w.b1)).toEqual(['Ryhmä B:n tapaaminen']);
    expect(await told(w.a1)).toEqual([]);
  });
});
