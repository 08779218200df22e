import { Actor, auth, createPublishedCourse, createUser } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('courses over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let otherTrainer: Actor;
  let participant: Actor;

  beforeAll(async () => {
    ({ t, admin, trainer, otherTrainer, participant } = await startSuite({
      users: { trainer: 'trainer', otherTrainer: 'trainer', participant: {} },
    }));
  });
  afterAll(() => t.close());

  const newCourse = async (editor: Actor = trainer) =>
    (
      await t.http
        .post('/api/courses')
        .set(auth(editor))
        .send({
          title: 'Hankintojen vaikuttavuuden johtaminen',
          summary: 'Johtamisen kurssi',
          language: 'fi',
        })
        .expect(201)
    ).body;

  // The draft's module and activity, as the API answers them (201).
  const postModule = async (courseId: string, body: { title: string; position?: number }) =>
    (await t.http.post(`/api/courses/${courseId}/modules`).set(auth(trainer)).send(body).expect(201)).body;
  const postActivity = async (moduleId: string, body: Record<string, unknown>) =>
    (await t.http.post(`/api/modules/${moduleId}/activities`).set(auth(trainer)).send(body).expect(201)).body;

  it('creates a draft for trainers and admins, refuses participants', async () => {
    const course = await newCourse();
    expect(course).toMatchObject({
      id: expect.any(String),
      status: 'draft',
      latestVersion: null,
      trainerIds: [trainer.id],
    });
    expect((await newCourse(admin)).status).toBe('draft');
    await t.http
      .post('/api/courses')
      .set(auth(participant))
      .send({ title: 'X kurssi', summary: '', language: 'fi' })
      .expect(403);
    const bad = await t.http
      .post('/api/courses')
      .set(auth(trainer))
      .send({ title: 'X', language: 'de' })
      .expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('language')]));
  });

  it('keeps modules and activities in order, inserting at a position and reordering', async () => {
    const course = await newCourse();
    const m1 = await postModule(course.id, { title: 'B' });
    const m0 = await postModule(course.id, { title: 'A', position: 0 });
    const a = await postActivity(m0.id, {
      kind: 'page',
      title: 'Luku',
      required: true,
      content: '<p>Teksti</p><script>alert(1)</script>',
    });
    expect(a.content).toBe('<p>Teksti</p>');
    const w = await postActivity(m0.id, {
      kind: 'workshop',
      title: 'Työpaja',
      required: true,
      startsAt: '2027-02-01T08:00:00Z',
      location: 'Tampere',
      position: 0,
    });
    let detail = (await t.http.get(`/api/courses/${course.id}`).set(auth(trainer)).expect(200)).body;
    expect(detail.modules.map((m: { title: string }) => m.title)).toEqual(['A', 'B']);
    expect(detail.modules[0].activities.map((x: { id: string }) => x.id)).toEqual([w.id, a.id]);
    expect(detail.modules[0].activities[0]).toMatchObject({
      startsAt: '2027-02-01T08:00:00.000Z',
      location: 'Tampere',
    });

    await t.http
      .put(`/api/courses/${course.id}/modules/order`)
      .set(auth(trainer))
      .send({ ids: [m1.id, m0.id] })
      .expect(200);
    await t.http
      .put(`/api/modules/${m0.id}/activities/order`)
      .set(auth(trainer))
      .send({ ids: [a.id, w.id] })
      .expect(200);
    detail = (await t.http.get(`/api/courses/${course.id}`).set(auth(trainer)).expect(200)).body;
    expect(detail.modules.map((m: { id: string }) => m.id)).toEqual([m1.id, m0.id]);
    expect(detail.modules[1].activities.map((x: { id: string }) => x.id)).toEqual([a.id, w.id]);
    const mismatch = await t.http
      .put(`/api/courses/${course.id}/modules/order`)
      .set(auth(trainer))
      .send({ ids: [m1.id] });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('REORDER_MISMATCH');
  });

  it('edits and deletes draft content', async () => {
    const course = await newCourse();
    const m = await postModule(course.id, { title: 'M' });
    const a = await postActivity(m.id, { kind: 'link', title: 'L', required: false });
    const edited = await t.http
      .patch(`/api/activities/${a.id}`)
      .set(auth(trainer))
      .send({ title: 'Tallenne', url: 'https://www.hankinnat.fi/keino' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Tallenne', url: 'https://www.hankinnat.fi/keino' });
    await t.http
      .patch(`/api/activities/${a.id}`)
      .set(auth(trainer))
      .send({ url: 'javascript:alert(1)' })
      .expect(400);
    // Left out keeps a field; null clears it.
    const w = await postActivity(m.id, {
      kind: 'workshop',
      title: 'Paja',
      required: true,
      startsAt: '2027-02-10T07:00:00.000Z',
      location: 'Tampere',
    });
    const kept = await t.http
      .patch(`/api/activities/${w.id}`)
      .set(auth(trainer))
      .send({ title: 'Mittaripaja' })
      .expect(200);
    expect(kept.body).toMatchObject({ startsAt: '2027-02-10T07:00:00.000Z', location: 'Tampere' });
    const cleared = await t.http
      .patch(`/api/activities/${w.id}`)
      .set(auth(trainer))
      .send({ startsAt: null, location: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ title: 'Mittaripaja', startsAt: null, location: null });
    await t.http
      .patch(`/api/activities/${w.id}`)
      .set(auth(trainer))
      .send({ startsAt: 'tomorrow' })
      .expect(400);
    await t.http.patch(`/api/modules/${m.id}`).set(auth(trainer)).send({ title: 'Uusi nimi' }).expect(200);
    await t.http.delete(`/api/activities/${a.id}`).set(auth(trainer)).expect(204);
    await t.http.delete(`/api/modules/${m.id}`).set(auth(trainer)).expect(204);
    const detail = (await t.http.get(`/api/courses/${course.id}`).set(auth(trainer)).expect(200)).body;
    expect(detail.modules).toEqual([]);
  });

  it('closes the gap a deleted module or activity leaves, so the next insert at a place lands there', async () => {
    const course = await newCourse();
    const addModule = async (title: string, position?: number) => postModule(course.id, { title, position });
    const addActivity = async (moduleId: string, title: string, position?: number) =>
      postActivity(moduleId, { kind: 'page', title, required: false, position });
    const [m0, m1] = [await addModule('A'), await addModule('B')];
    await addModule('C');
    const [a0, a1] = [await addActivity(m0.id, 'x'), await addActivity(m0.id, 'y')];
    await addActivity(m0.id, 'z');
    await t.http.delete(`/api/modules/${m1.id}`).set(auth(trainer)).expect(204);
    await t.http.delete(`/api/activities/${a1.id}`).set(auth(trainer)).expect(204);
    await addModule('B2', 1);
    await addActivity(m0.id, 'y2', 1);
    const detail = (await t.http.get(`/api/courses/${course.id}`).set(auth(trainer)).expect(200)).body;
    expect(detail.modules.map((m: { title: string; position: number }) => [m.title, m.position])).toEqual([
      ['A', 0],
      ['B2', 1],
      ['C', 2],
    ]);
    expect(
      detail.modules[0].activities.map((a: { title: string; position: number }) => [a.title, a.position]),
    ).toEqual([
      ['x', 0],
      ['y2', 1],
      ['z', 2],
    ]);
    expect(detail.modules[0].activities[0].id).toBe(a0.id);
  });

  it('lets only the course’s trainers and admins edit it', async () => {
    const course = await newCourse();
    await t.http
      .post(`/api/courses/${course.id}/modules`)
      .set(auth(otherTrainer))
      .send({ title: 'M' })
      .expect(404);
    await t.http.post(`/api/courses/${course.id}/modules`).set(auth(admin)).send({ title: 'M' }).expect(201);
    await t.http.post(`/api/courses/${course.id}/publish`).set(auth(participant)).expect(403);
  });

  it('refuses to publish without a required activity (409), then freezes numbered versions that keep IDs', async () => {
    const course = await newCourse();
    const m = await postModule(course.id, { title: 'M' });
    const optional = await postActivity(m.id, { kind: 'page', title: 'P', required: false });
    const refused = await t.http.post(`/api/courses/${course.id}/publish`).set(auth(trainer)).expect(409);
    expect(refused.body.code).toBe('NO_REQUIRED_ACTIVITY');
    const req = await postActivity(m.id, { kind: 'page', title: 'Q', required: true });
    const v1 = await t.http.post(`/api/courses/${course.id}/publish`).set(auth(trainer)).expect(201);
    expect(v1.body).toEqual({ version: 1, publishedAt: expect.any(String) });

    // The participant sees version 1; editing the draft changes no version.
    await t.http
      .patch(`/api/activities/${req.id}`)
      .set(auth(trainer))
      .send({ title: 'Muutettu' })
      .expect(200);
    const seen = (await t.http.get(`/api/courses/${course.id}`).set(auth(participant)).expect(200)).body;
    expect(seen.status).toBe('published');
    expect(seen.modules[0].id).toBe(m.id);
    expect(seen.modules[0].activities.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual([
      [optional.id, 'P'],
      [req.id, 'Q'],
    ]);
    const v2 = await t.http.post(`/api/courses/${course.id}/publish`).set(auth(trainer)).expect(201);
    expect(v2.body.version).toBe(2);
    const after = (await t.http.get(`/api/courses/${course.id}`).set(auth(participant)).expect(200)).body;
    expect(after.modules[0].activities[1]).toMatchObject({ id: req.id, title: 'Muutettu' });
    const versions = await t.http.get(`/api/courses/${course.id}/versions`).set(auth(trainer)).expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('answers one version with the modules it froze, not the draft, to its editors only', async () => {
    const course = await createPublishedCourse(t, trainer, { modules: [['page'], ['page']] });
    await postModule(course.id, { title: 'Luonnoksen moduuli' });
    const v1 = await t.http.get(`/api/courses/${course.id}/versions/1`).set(auth(trainer)).expect(200);
    expect(v1.body).toMatchObject({ courseId: course.id, version: 1, publishedAt: expect.any(String) });
    expect(v1.body.modules.map((m: { id: string }) => m.id)).toEqual(course.modules.map((m) => m.id));
    expect(v1.body.modules[0].activities).toHaveLength(1);
    await t.http.get(`/api/courses/${course.id}/versions/2`).set(auth(trainer)).expect(404);
    await t.http.get(`/api/courses/${course.id}/versions/one`).set(auth(trainer)).expect(400);
    await t.http.get(`/api/courses/${course.id}/versions/1`).set(auth(participant)).expect(403);
  });

  it('shows participants published courses only, 404 for drafts', async () => {
    const draft = await newCourse();
    const published = await createPublishedCourse(t, trainer);
    const list = await t.http.get('/api/courses').set(auth(participant)).expect(200);
    const ids = list.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    await t.http.get(`/api/courses/${draft.id}`).set(auth(participant)).expect(404);
    const mine = await t.http.get('/api/courses').set(auth(trainer)).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
    await t.http.get('/api/courses/not-a-uuid').set(auth(participant)).expect(400);
  });

  it('lists with scope=mine only the courses the caller edits, drafts and published alike', async () => {
    const editor = await createUser(t, admin, { roles: ['trainer'] });
    const draft = await newCourse(editor);
    const published = await createPublishedCourse(t, editor);
    const someoneElses = await createPublishedCourse(t, otherTrainer);
    const mine = await t.http.get('/api/courses?scope=mine').set(auth(editor)).expect(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual(
      expect.arrayContaining([
        [draft.id, 'draft'],
        [published.id, 'published'],
      ]),
    );
    const all = await t.http.get('/api/courses?limit=200').set(auth(editor)).expect(200);
    expect(all.body.total).toBeGreaterThan(2);
    expect((await t.http.get('/api/courses?scope=mine').set(auth(participant)).expect(200)).body.total).toBe(
      0,
    );
    const forAdmin = await t.http.get('/api/courses?scope=mine&limit=200').set(auth(admin)).expect(200);
    // Admins edit every course; the latest changed come first.
    expect(forAdmin.body.items.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([draft.id, published.id, someoneElses.id]),
    );
    await t.http.get('/api/courses?scope=theirs').set(auth(editor)).expect(400);
  });

  it('names who published each version', async () => {
    const publisher = await createUser(t, admin, { roles: ['trainer'], fullName: 'Paula Julkaisija' });
    const course = await createPublishedCourse(t, publisher);
    const versions = await t.http.get(`/api/courses/${course.id}/versions`).set(auth(publisher)).expect(200);
    expect(versions.body).toEqual([
      { version: 1, publishedAt: expect.any(String), publishedBy: 'Paula Julkaisija' },
    ]);
  });
});
