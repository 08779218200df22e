import type { DeveloperGroupResponse, ThreadSummary } from '@keino/contracts';

import { Actor, auth } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { GroupWorld, startGroupWorld } from './testing/group-world';
import { ThreadNotificationsService } from './thread-notifications.service';

describe('a developer group’s discussion over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let facilitator: Actor;
  let otherTrainer: Actor;
  let member: Actor;
  let colleague: Actor;
  let coordinator: Actor;
  let outsider: Actor;
  let group: DeveloperGroupResponse;
  let thread: GroupWorld['thread'];

  beforeAll(async () => {
    ({ t, admin, facilitator, otherTrainer, member, colleague, coordinator, outsider, group, thread } =
      await startGroupWorld({ orgBJoins: true }));
  });
  afterAll(() => t.close());

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
});
