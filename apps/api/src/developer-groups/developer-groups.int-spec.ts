import type { DeveloperGroupResponse } from '@keino/contracts';

import { Actor, auth } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startGroupWorld } from './testing/group-world';

const NONE = '00000000-0000-4000-8000-000000000000';

describe('developer groups and their members over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let facilitator: Actor;
  let otherTrainer: Actor;
  let member: Actor;
  let coordinator: Actor;
  let outsiderCoordinator: Actor;
  let outsider: Actor;
  let loner: Actor;
  let orgA: string;
  let orgB: string;
  let orgC: string;
  let group: DeveloperGroupResponse;

  beforeAll(async () => {
    ({
      t,
      admin,
      facilitator,
      otherTrainer,
      member,
      coordinator,
      outsiderCoordinator,
      outsider,
      loner,
      orgA,
      orgB,
      orgC,
      group,
    } = await startGroupWorld({ orgBJoins: false }));
  });
  afterAll(() => t.close());

  describe('groups and membership', () => {
    it('creates a group with its facilitators, trimmed, and answers the contract’s fields', () => {
      expect(group).toMatchObject({
        name: 'Päästöttömät työmaat',
        theme: 'päästöttömät työmaat',
        language: 'fi',
        facilitators: [{ id: facilitator.id, fullName: 'Fasilitaattori Fanni' }],
        organizationCount: 0,
      });
    });

    it('refuses a facilitator who is not staff with 409 NOT_STAFF, and writes nothing', async () => {
      const res = await t.http
        .post('/api/developer-groups')
        .set(auth(admin))
        .send({ name: 'Ei', theme: 't', description: '', language: 'fi', facilitatorIds: [member.id] })
        .expect(409);
      expect(res.body.code).toBe('NOT_STAFF');
      const list = await t.http.get('/api/developer-groups?q=Ei').set(auth(admin)).expect(200);
      expect(list.body.items.map((g: { name: string }) => g.name)).not.toContain('Ei');
    });

    it('lets only admins create groups (403 for a trainer) and refuses a theme past 100 characters', async () => {
      const body = { name: 'X', theme: 't', description: '', language: 'fi', facilitatorIds: [] };
      await t.http.post('/api/developer-groups').set(auth(facilitator)).send(body).expect(403);
      await t.http
        .post('/api/developer-groups')
        .set(auth(admin))
        .send({ ...body, theme: 'x'.repeat(101) })
        .expect(400);
    });

    it('lists every group to everyone signed in, with organizationCount and member, filtered by q and theme', async () => {
      const mine = await t.http.get('/api/developer-groups').set(auth(member)).expect(200);
      expect(mine.body.items.find((g: { id: string }) => g.id === group.id)).toMatchObject({
        organizationCount: 1,
        member: true,
      });
      const theirs = await t.http.get('/api/developer-groups').set(auth(outsider)).expect(200);
      expect(theirs.body.items.find((g: { id: string }) => g.id === group.id)).toMatchObject({
        member: false,
      });
      const byTheme = await t.http
        .get('/api/developer-groups?theme=P%C3%84%C3%84ST%C3%96TT%C3%96M%C3%84T%20ty%C3%B6maat')
        .set(auth(outsider));
      expect(byTheme.body.items.map((g: { id: string }) => g.id)).toEqual([group.id]);
      const byQ = await t.http.get('/api/developer-groups?q=ruokapalvelut').set(auth(outsider));
      expect(byQ.body.total).toBe(0);
      await t.http.get('/api/developer-groups').expect(401);
    });

    it('shows who takes part to everyone signed in, but not inside', async () => {
      const res = await t.http.get(`/api/developer-groups/${group.id}`).set(auth(outsider)).expect(200);
      expect(res.body.organizations).toEqual([
        expect.objectContaining({ id: orgA, name: 'Espoon kaupunki' }),
      ]);
      expect(res.body).toMatchObject({ canSeeInside: false, canFacilitate: false, member: false });
      await t.http.get(`/api/developer-groups/${NONE}`).set(auth(outsider)).expect(404);
    });

    it('adds an organisation once (409 the second time); only facilitators and admins add', async () => {
      const again = await t.http
        .post(`/api/developer-groups/${group.id}/members`)
        .set(auth(admin))
        .send({ organizationId: orgA })
        .expect(409);
      expect(again.body.code).toBe('ALREADY_GROUP_MEMBER');
      await t.http
        .post(`/api/developer-groups/${group.id}/members`)
        .set(auth(otherTrainer))
        .send({ organizationId: orgC })
        .expect(403);
      await t.http
        .post(`/api/developer-groups/${group.id}/members`)
        .set(auth(member))
        .send({ organizationId: orgC })
        .expect(403);
      await t.http
        .post(`/api/developer-groups/${group.id}/members`)
        .set(auth(facilitator))
        .send({ organizationId: NONE })
        .expect(400);
    });

    it('takes a coordinator’s request for their own organisation; a facilitator approves it and it is a member', async () => {
      const req = await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(coordinator))
        .send({ message: '  Haluamme mukaan.  ' })
        .expect(201);
      expect(req.body).toMatchObject({
        status: 'pending',
        organizationId: orgB,
        message: 'Haluamme mukaan.',
      });
      const twice = await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(coordinator))
        .send({})
        .expect(409);
      expect(twice.body.code).toBe('JOIN_REQUEST_EXISTS');
      const seen = await t.http.get(`/api/developer-groups/${group.id}`).set(auth(coordinator));
      expect(seen.body.pendingRequestId).toBe(req.body.id);
      const waiting = await t.http
        .get(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(facilitator))
        .expect(200);
      expect(waiting.body.items.map((r: { id: string }) => r.id)).toEqual([req.body.id]);
      await t.http.get(`/api/developer-groups/${group.id}/join-requests`).set(auth(member)).expect(403);
      // Nobody outside the group's running decides it.
      await t.http
        .patch(`/api/join-requests/${req.body.id}`)
        .set(auth(otherTrainer))
        .send({ status: 'approved' })
        .expect(404);
      await t.http
        .patch(`/api/join-requests/${req.body.id}`)
        .set(auth(coordinator))
        .send({ status: 'approved' })
        .expect(404);
      const approved = await t.http
        .patch(`/api/join-requests/${req.body.id}`)
        .set(auth(facilitator))
        .send({ status: 'approved' })
        .expect(200);
      expect(approved.body).toMatchObject({ status: 'approved' });
      expect(approved.body.decidedAt).toEqual(expect.any(String));
      const decided = await t.http
        .patch(`/api/join-requests/${req.body.id}`)
        .set(auth(admin))
        .send({ status: 'rejected' })
        .expect(409);
      expect(decided.body.code).toBe('REQUEST_DECIDED');
      const now = await t.http.get(`/api/developer-groups/${group.id}`).set(auth(coordinator));
      expect(now.body).toMatchObject({ member: true, canSeeInside: true, organizationCount: 2 });
      const member409 = await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(coordinator))
        .send({})
        .expect(409);
      expect(member409.body.code).toBe('JOIN_REQUEST_EXISTS');
    });

    it('never lets a coordinator ask for another organisation: the body names none, and an organizationId is refused', async () => {
      await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(outsiderCoordinator))
        .send({ organizationId: orgA })
        .expect(400);
      const own = await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(outsiderCoordinator))
        .send({})
        .expect(201);
      expect(own.body.organizationId).toBe(orgC);
      const rejected = await t.http
        .patch(`/api/join-requests/${own.body.id}`)
        .set(auth(admin))
        .send({ status: 'rejected' })
        .expect(200);
      expect(rejected.body.status).toBe('rejected');
      const still = await t.http.get(`/api/developer-groups/${group.id}`).set(auth(outsider));
      expect(still.body.member).toBe(false);
    });

    it('refuses a participant (403), and a coordinator with no organisation (409 NO_ORGANIZATION)', async () => {
      await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(outsider))
        .send({})
        .expect(403);
      const res = await t.http
        .post(`/api/developer-groups/${group.id}/join-requests`)
        .set(auth(loner))
        .send({})
        .expect(409);
      expect(res.body.code).toBe('NO_ORGANIZATION');
    });
  });
});
