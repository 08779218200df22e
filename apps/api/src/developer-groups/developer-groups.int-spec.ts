import type { DeveloperGroupResponse, GroupEventResponse, ThreadSummary } from '@keino/contracts';

import { PDF, PNG } from '../assignments/testing/sample-files';
import { Actor, auth, businessId, createOrganization, createUser } from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';
import { RegistrationRetentionService } from './registration-retention.service';
import { ThreadNotificationsService } from './thread-notifications.service';

const NONE = '00000000-0000-4000-8000-000000000000';

describe('developer groups over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let facilitator: Actor;
  let otherTrainer: Actor;
  let member: Actor;
  let colleague: Actor;
  let coordinator: Actor;
  let outsiderCoordinator: Actor;
  let outsider: Actor;
  let loner: Actor;
  let orgA: string;
  let orgB: string;
  let orgC: string;
  let group: DeveloperGroupResponse;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    orgA = (await createOrganization(t, admin, { name: 'Espoon kaupunki' })).id;
    orgB = (await createOrganization(t, admin, { name: 'Vantaan kaupunki' })).id;
    orgC = (await createOrganization(t, admin, { name: 'Turun kaupunki' })).id;
    facilitator = await createUser(t, admin, { roles: ['trainer'], fullName: 'Fasilitaattori Fanni' });
    otherTrainer = await createUser(t, admin, { roles: ['trainer'] });
    member = await createUser(t, admin, { organizationId: orgA, fullName: 'Jäsen Jaana' });
    colleague = await createUser(t, admin, { organizationId: orgA, fullName: 'Kollega Kalle' });
    coordinator = await createUser(t, admin, { roles: ['participant', 'coordinator'], organizationId: orgB });
    outsiderCoordinator = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgC,
    });
    outsider = await createUser(t, admin, { organizationId: orgC });
    loner = await createUser(t, admin, { roles: ['participant', 'coordinator'] });
    group = (
      await t.http
        .post('/api/developer-groups')
        .set(auth(admin))
        .send({
          name: '  Päästöttömät työmaat  ',
          theme: 'päästöttömät työmaat',
          description: 'Rakennuttajat jakavat kokemuksia päästöttömistä työmaista.',
          language: 'fi',
          facilitatorIds: [facilitator.id],
        })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/developer-groups/${group.id}/members`)
      .set(auth(facilitator))
      .send({ organizationId: orgA })
      .expect(201);
  });
  afterAll(() => t.close());

  const thread = async (as: Actor, title: string, body: string) =>
    (
      await t.http
        .post(`/api/developer-groups/${group.id}/threads`)
        .set(auth(as))
        .send({ title, body })
        .expect(201)
    ).body as ThreadSummary;

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

  describe('discussion', () => {
    let first: ThreadSummary;

    beforeAll(async () => {
      first = await thread(
        member,
        'Sähkökäyttöiset työkoneet',
        '<p>Kokemuksia sähkökaivinkoneista talvella?</p>',
      );
    });

    it('starts a thread with its first post and answers postCount 1', () => {
      expect(first).toMatchObject({
        title: 'Sähkökäyttöiset työkoneet',
        author: { id: member.id, fullName: 'Jäsen Jaana' },
        postCount: 1,
      });
    });

    it('answers 404 to a non-member on threads, posts and the thread list, and 401 without a token', async () => {
      await t.http.get(`/api/developer-groups/${group.id}/threads`).set(auth(outsider)).expect(404);
      await t.http
        .post(`/api/developer-groups/${group.id}/threads`)
        .set(auth(outsider))
        .send({ title: 'x', body: 'y' })
        .expect(404);
      await t.http.get(`/api/threads/${first.id}`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/threads/${first.id}`).set(auth(otherTrainer)).expect(404);
      await t.http.post(`/api/threads/${first.id}/posts`).set(auth(outsider)).send({ body: 'z' }).expect(404);
      await t.http.get(`/api/threads/${first.id}`).expect(401);
    });

    it('stores XSS attempts sanitised in threads and posts', async () => {
      const evil = await thread(
        colleague,
        'Liitteet',
        '<p onclick="alert(1)">Katso <a href="javascript:alert(1)">tästä</a></p><script>alert(1)</script><img src=x onerror=alert(1)>',
      );
      const reply = await t.http
        .post(`/api/threads/${evil.id}/posts`)
        .set(auth(member))
        .send({ body: '<iframe src="https://evil.example"></iframe><p style="color:red">Kiitos</p>' })
        .expect(201);
      expect(reply.body.body).toBe('<p>Kiitos</p>');
      const read = await t.http.get(`/api/threads/${evil.id}`).set(auth(member)).expect(200);
      const bodies = read.body.posts.map((p: { body: string }) => p.body).join('');
      expect(bodies).not.toMatch(/script|onclick|onerror|javascript:|iframe|style=/i);
      expect(read.body.posts[0].body).toContain('Katso');
    });

    it('refuses a body that holds no words once sanitised, and a title past 200 characters', async () => {
      await t.http
        .post(`/api/threads/${first.id}/posts`)
        .set(auth(member))
        .send({ body: '<script>alert(1)</script>' })
        .expect(400);
      await t.http
        .post(`/api/developer-groups/${group.id}/threads`)
        .set(auth(member))
        .send({ title: 'x'.repeat(201), body: 'y' })
        .expect(400);
    });

    it('answers the thread and its posts in order, counts replies, and marks unread for others', async () => {
      await t.http
        .post(`/api/threads/${first.id}/posts`)
        .set(auth(coordinator))
        .send({ body: '<p>Meillä toimi hyvin, akut riittivät vuoron.</p>' })
        .expect(201);
      const list = await t.http.get(`/api/developer-groups/${group.id}/threads`).set(auth(colleague));
      const item = list.body.items.find((x: { id: string }) => x.id === first.id);
      expect(item).toMatchObject({ postCount: 2, unread: true });
      expect(item.lastPostAt).toEqual(expect.any(String));
      const read = await t.http.get(`/api/threads/${first.id}`).set(auth(colleague)).expect(200);
      expect(read.body.posts.map((p: { author: { id: string } }) => p.author.id)).toEqual([
        member.id,
        coordinator.id,
      ]);
      const after = await t.http.get(`/api/developer-groups/${group.id}/threads`).set(auth(colleague));
      expect(after.body.items.find((x: { id: string }) => x.id === first.id).unread).toBe(false);
    });

    it('lists threads latest activity first', async () => {
      const older = await thread(member, 'Vanha ketju', '<p>Vanha</p>');
      await thread(member, 'Uudempi ketju', '<p>Uusi</p>');
      await t.http
        .post(`/api/threads/${older.id}/posts`)
        .set(auth(colleague))
        .send({ body: 'Nosto' })
        .expect(201);
      const list = await t.http.get(`/api/developer-groups/${group.id}/threads`).set(auth(member));
      expect(list.body.items[0].id).toBe(older.id);
    });

    it('searches titles and posts in the group’s language (Finnish stemming)', async () => {
      await thread(member, 'Betonin hiilijalanjälki', '<p>Vähähiilinen betoni vähentää päästöjä.</p>');
      // "betonista" and "päästöt" are other forms of the words written.
      const byTitle = await t.http
        .get(`/api/developer-groups/${group.id}/threads?q=betonista`)
        .set(auth(member))
        .expect(200);
      expect(byTitle.body.items.map((x: { title: string }) => x.title)).toEqual(['Betonin hiilijalanjälki']);
      const byPost = await t.http.get(`/api/developer-groups/${group.id}/threads?q=akku`).set(auth(member));
      expect(byPost.body.items.map((x: { id: string }) => x.id)).toEqual([first.id]);
    });

    it('lets the author edit their post, and nobody else (403)', async () => {
      const posts = (await t.http.get(`/api/threads/${first.id}`).set(auth(member))).body.posts;
      const mine = posts[0].id as string;
      await t.http.patch(`/api/posts/${mine}`).set(auth(colleague)).send({ body: 'Muutettu' }).expect(403);
      await t.http.patch(`/api/posts/${mine}`).set(auth(facilitator)).send({ body: 'Muutettu' }).expect(403);
      await t.http.patch(`/api/posts/${mine}`).set(auth(outsider)).send({ body: 'Muutettu' }).expect(404);
      const edited = await t.http
        .patch(`/api/posts/${mine}`)
        .set(auth(member))
        .send({ body: '<p>Korjattu <script>x</script>kysymys</p>' })
        .expect(200);
      expect(edited.body).toMatchObject({ body: '<p>Korjattu kysymys</p>', hidden: false });
      expect(edited.body.editedAt).toEqual(expect.any(String));
    });

    it('hides a post for the record: body null and hidden true to all but facilitators and admins', async () => {
      const reply = await t.http
        .post(`/api/threads/${first.id}/posts`)
        .set(auth(colleague))
        .send({ body: '<p>Asiaton viesti</p>' })
        .expect(201);
      await t.http
        .patch(`/api/posts/${reply.body.id}`)
        .set(auth(colleague))
        .send({ hidden: true })
        .expect(403);
      const hidden = await t.http
        .patch(`/api/posts/${reply.body.id}`)
        .set(auth(facilitator))
        .send({ hidden: true })
        .expect(200);
      expect(hidden.body).toMatchObject({ hidden: true, body: '<p>Asiaton viesti</p>' });
      const seen = async (as: Actor) =>
        (await t.http.get(`/api/threads/${first.id}`).set(auth(as))).body.posts.find(
          (p: { id: string }) => p.id === reply.body.id,
        );
      expect(await seen(colleague)).toMatchObject({ hidden: true, body: null });
      expect(await seen(member)).toMatchObject({ hidden: true, body: null });
      expect(await seen(admin)).toMatchObject({ hidden: true, body: '<p>Asiaton viesti</p>' });
      // Kept, never deleted: it still counts, and a facilitator shows it again.
      const list = await t.http.get(`/api/developer-groups/${group.id}/threads`).set(auth(member));
      expect(list.body.items.find((x: { id: string }) => x.id === first.id).postCount).toBe(3);
      await t.http.patch(`/api/posts/${reply.body.id}`).set(auth(admin)).send({ hidden: false }).expect(200);
      expect(await seen(colleague)).toMatchObject({ hidden: false, body: '<p>Asiaton viesti</p>' });
      await t.http.patch(`/api/posts/${reply.body.id}`).set(auth(admin)).send({}).expect(400);
    });

    it('follows and unfollows a thread', async () => {
      const off = await t.http
        .put(`/api/threads/${first.id}/follow`)
        .set(auth(member))
        .send({ following: false })
        .expect(200);
      expect(off.body.following).toBe(false);
      const on = await t.http
        .put(`/api/threads/${first.id}/follow`)
        .set(auth(colleague))
        .send({ following: true })
        .expect(200);
      expect(on.body.following).toBe(true);
      await t.http
        .put(`/api/threads/${first.id}/follow`)
        .set(auth(outsider))
        .send({ following: true })
        .expect(404);
    });
  });

  describe('replies in followed threads', () => {
    const replyNotifications = async (as: Actor, threadId: string) =>
      (
        (await t.http.get('/api/me/notifications?limit=200').set(auth(as))).body.items as {
          kind: string;
          payload: { threadId?: string };
        }[]
      ).filter((n) => n.kind === 'thread_reply' && n.payload.threadId === threadId);

    it('tells followers in the app, not the author nor those who stopped following, and digests once a day by email', async () => {
      const th = await thread(member, 'Seurattava ketju', '<p>Alku</p>');
      await t.http
        .put(`/api/threads/${th.id}/follow`)
        .set(auth(colleague))
        .send({ following: true })
        .expect(200);
      await t.http
        .post(`/api/threads/${th.id}/posts`)
        .set(auth(coordinator))
        .send({ body: 'Vastaus 1' })
        .expect(201);
      // The author of the thread follows it from the start; the reply's author is not told of their own reply.
      let told: unknown[] = [];
      for (let i = 0; i < 50 && told.length === 0; i++) {
        told = await replyNotifications(colleague, th.id);
        if (told.length === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(told).toHaveLength(1);
      expect(await replyNotifications(member, th.id)).toHaveLength(1);
      expect(await replyNotifications(coordinator, th.id)).toHaveLength(0);
      const digests = t.app.get(ThreadNotificationsService);
      expect(await digests.sendDigests()).toBeGreaterThanOrEqual(2);
      const outbox = await t.http
        .get('/api/admin/outbox?q=Uusia%20vastauksia&limit=200')
        .set(auth(admin))
        .expect(200);
      const toldOf = outbox.body.items.filter((m: { body: string }) => m.body.includes('Seurattava ketju'));
      expect(toldOf.length).toBeGreaterThanOrEqual(2);
      // Exactly once a day, however often it runs.
      expect(await digests.sendDigests()).toBe(0);
    });
  });

  describe('documents', () => {
    it('keeps a file of the same name as a new version, with who added each, and downloads the latest', async () => {
      const v1 = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(member))
        .attach('file', PDF, 'kriteerit.pdf')
        .expect(201);
      expect(v1.body).toMatchObject({
        name: 'kriteerit.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
        version: 1,
        uploadedBy: { id: member.id },
      });
      const v2 = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(coordinator))
        .attach('file', PNG, 'kriteerit.pdf')
        .expect(201);
      expect(v2.body).toMatchObject({ id: v1.body.id, version: 2, mediaType: 'image/png' });
      expect(v2.body.versions.map((v: { uploadedBy: { id: string } }) => v.uploadedBy.id)).toEqual([
        coordinator.id,
        member.id,
      ]);
      const list = await t.http
        .get(`/api/developer-groups/${group.id}/documents`)
        .set(auth(colleague))
        .expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: v1.body.id, version: 2 })]);
      const file = await t.http.get(`/api/documents/${v1.body.id}`).set(auth(colleague)).expect(200);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.headers['content-disposition']).toContain('kriteerit.pdf');
    });

    it('refuses content that is not an allowed type whatever its name (415), and non-members (404)', async () => {
      const res = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(member))
        .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), 'ohje.pdf')
        .expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_TYPE');
      await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(outsider))
        .attach('file', PDF, 'x.pdf')
        .expect(404);
      await t.http.get(`/api/developer-groups/${group.id}/documents`).set(auth(outsider)).expect(404);
      const doc = (await t.http.get(`/api/developer-groups/${group.id}/documents`).set(auth(member))).body
        .items[0];
      await t.http.get(`/api/documents/${doc.id}`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/documents/${NONE}`).set(auth(member)).expect(404);
    });
  });

  describe('events and market dialogues', () => {
    let meeting: GroupEventResponse;
    let dialogue: GroupEventResponse;
    const supplier = (over: object = {}) => ({
      fullName: 'Toimittaja Toni',
      company: 'Sähkökone Oy',
      businessId: businessId(),
      email: `toni-${Math.random().toString(36).slice(2)}@sahkokone.example`,
      consent: true,
      ...over,
    });

    beforeAll(async () => {
      meeting = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(facilitator))
          .send({
            title: 'Kevään tapaaminen',
            kind: 'meeting',
            startsAt: '2027-03-10T10:00:00Z',
            location: 'Espoo',
          })
          .expect(201)
      ).body;
      dialogue = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(admin))
          .send({
            title: 'Markkinavuoropuhelu: päästöttömät työkoneet',
            kind: 'market_dialogue',
            startsAt: '2027-04-01T09:00:00Z',
            onlineUrl: 'https://teams.example/keino',
            description: 'Kerromme tulevista hankinnoista.',
            registrationOpen: true,
          })
          .expect(201)
      ).body;
    });

    it('lets only facilitators and admins create events, and registration only for a market dialogue', async () => {
      const body = { title: 'x', kind: 'meeting', startsAt: '2027-03-10T10:00:00Z' };
      await t.http.post(`/api/developer-groups/${group.id}/events`).set(auth(member)).send(body).expect(403);
      await t.http
        .post(`/api/developer-groups/${group.id}/events`)
        .set(auth(facilitator))
        .send({ ...body, registrationOpen: true })
        .expect(400);
      await t.http
        .post(`/api/developer-groups/${group.id}/events`)
        .set(auth(facilitator))
        .send({ ...body, onlineUrl: 'javascript:alert(1)' })
        .expect(400);
    });

    it('answers anyone without a token exactly the public fields of an open market dialogue', async () => {
      const res = await t.http.get(`/api/events/${dialogue.id}`).expect(200);
      expect(res.body).toEqual({
        id: dialogue.id,
        title: 'Markkinavuoropuhelu: päästöttömät työkoneet',
        kind: 'market_dialogue',
        startsAt: '2027-04-01T09:00:00.000Z',
        location: null,
        onlineUrl: 'https://teams.example/keino',
        description: 'Kerromme tulevista hankinnoista.',
        groupName: 'Päästöttömät työmaat',
      });
      const outside = await t.http.get(`/api/events/${dialogue.id}`).set(auth(outsider)).expect(200);
      expect(Object.keys(outside.body).sort()).toEqual(Object.keys(res.body).sort());
      const inside = await t.http.get(`/api/events/${dialogue.id}`).set(auth(member)).expect(200);
      expect(inside.body).toMatchObject({
        groupId: group.id,
        registrationOpen: true,
        registrationCount: null,
      });
    });

    it('answers 401 without a token and 404 outside the group for a meeting', async () => {
      await t.http.get(`/api/events/${meeting.id}`).expect(401);
      await t.http.get(`/api/events/${meeting.id}`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/events/${meeting.id}`).set(auth(colleague)).expect(200);
      await t.http.get(`/api/developer-groups/${group.id}/events`).set(auth(outsider)).expect(404);
      const list = await t.http
        .get(`/api/developer-groups/${group.id}/events`)
        .set(auth(colleague))
        .expect(200);
      expect(list.body.total).toBe(2);
    });

    it('registers a supplier without an account, emails a confirmation, and refuses the same address in any case', async () => {
      const email = `Anna.Ostaja-${Date.now()}@Toimittaja.example`;
      const res = await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ email, fullName: '  Anna Ostaja ', locale: 'sv' }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        eventId: dialogue.id,
        createdAt: expect.any(String),
      });
      const outbox = await t.http
        .get(`/api/admin/outbox?q=${encodeURIComponent(email.toLowerCase())}`)
        .set(auth(admin));
      expect(outbox.body.items[0]).toMatchObject({ subject: expect.stringContaining('Anmälan mottagen') });
      const dup = await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ email: email.toUpperCase() }))
        .expect(409);
      expect(dup.body.code).toBe('ALREADY_REGISTERED');
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const bad = [
        supplier({ businessId: '1234567-8' }),
        supplier({ consent: false }),
        supplier({ consent: 'true' }),
        supplier({ email: 'ei-osoite' }),
        supplier({ fullName: '' }),
        supplier({ company: 'x'.repeat(201) }),
        { ...supplier(), extra: 1 },
      ];
      for (const body of bad) {
        await t.http.post(`/api/events/${dialogue.id}/registrations`).send(body).expect(400);
      }
      const list = await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(facilitator));
      expect(list.body.total).toBe(1);
    });

    it('answers 404 for an event that takes no registrations', async () => {
      await t.http.post(`/api/events/${meeting.id}/registrations`).send(supplier()).expect(404);
      await t.http.post(`/api/events/${NONE}/registrations`).send(supplier()).expect(404);
    });

    it('lists registrations to facilitators and admins and exports them as CSV (formulas neutralised) and Excel', async () => {
      await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ fullName: '=HYPERLINK("https://evil.example")', company: '+Kaava Oy' }))
        .expect(201);
      await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(member)).expect(403);
      await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/events/${dialogue.id}/registrations.csv`).set(auth(member)).expect(403);
      const list = await t.http
        .get(`/api/events/${dialogue.id}/registrations`)
        .set(auth(facilitator))
        .expect(200);
      expect(list.body.total).toBe(2);
      const csv = await t.http
        .get(`/api/events/${dialogue.id}/registrations.csv`)
        .set(auth(admin))
        .expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe('fullName,company,businessId,email,registeredAt');
      expect(lines).toHaveLength(3);
      expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
      expect(csv.text).toContain("'+Kaava Oy");
      const xlsx = await t.http
        .get(`/api/events/${dialogue.id}/registrations.xlsx`)
        .set(auth(facilitator))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    });

    it('deletes registrations a year after their event, and keeps the rest', async () => {
      const past = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(facilitator))
          .send({
            title: 'Vanha vuoropuhelu',
            kind: 'market_dialogue',
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            registrationOpen: true,
          })
          .expect(201)
      ).body as GroupEventResponse;
      await t.http.post(`/api/events/${past.id}/registrations`).send(supplier()).expect(201);
      // The event took place 366 days ago.
      await t.db.query(
        `UPDATE developer_group_events SET starts_at = now() - interval '366 days' WHERE id = $1`,
        [past.id],
      );
      const deleted = await t.app.get(RegistrationRetentionService).sweep();
      expect(deleted).toBe(1);
      const left = await t.http.get(`/api/events/${past.id}/registrations`).set(auth(admin));
      expect(left.body.total).toBe(0);
      const kept = await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(admin));
      expect(kept.body.total).toBe(2);
    });
  });
});
