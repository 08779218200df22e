import type { CaseResponse } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

const complete = {
  summary: 'Kunta hankki koulujen ruokapalvelut kestävyyskriteerein ja markkinavuoropuhelun jälkeen.',
  purchased: 'Koulujen ja päiväkotien ruokapalvelut',
  procedure: 'competitive_dialogue',
  sustainabilityCriteria: 'Kasvisruoan osuus, ruokahävikin seuranta',
  innovationCriteria: '',
  results: 'Hävikki puolittui kahdessa vuodessa.',
  themes: ['sustainability', 'market_dialogue'],
  cpvCode: '55524000-9',
  contactName: 'Liisa Hankkija',
  contactEmail: 'liisa.hankkija@tampere.fi',
};

describe('procurement cases over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let writer: Actor;
  let colleague: Actor;
  let outsider: Actor;
  let orgA: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    orgA = (await createOrganization(t, admin, { region: '06', kind: 'municipality' })).id;
    const orgB = (await createOrganization(t, admin, { region: '01', kind: 'state_agency' })).id;
    writer = await createUser(t, admin, { organizationId: orgA, fullName: 'Kaisa Kirjoittaja' });
    colleague = await createUser(t, admin, { organizationId: orgA });
    outsider = await createUser(t, admin, { organizationId: orgB });
  });
  afterAll(() => t.close());

  const create = async (as: Actor, body: object) =>
    (await t.http.post('/api/cases').set(auth(as)).send(body).expect(201)).body as CaseResponse;

  it('keeps a draft inside its organisation until it is complete and published', async () => {
    const draft = await create(writer, { title: 'Kestävät kouluruokapalvelut', language: 'fi' });
    expect(draft).toMatchObject({
      status: 'draft',
      organizationId: orgA,
      authorName: 'Kaisa Kirjoittaja',
      canEdit: true,
    });

    // Another organisation cannot see, list, edit or comment on the draft.
    await t.http.get(`/api/cases/${draft.id}`).set(auth(outsider)).expect(404);
    await t.http.patch(`/api/cases/${draft.id}`).set(auth(outsider)).send({ summary: 'x' }).expect(404);
    await t.http
      .post(`/api/cases/${draft.id}/comments`)
      .set(auth(outsider))
      .send({ body: 'hei' })
      .expect(404);
    const outsiderDrafts = await t.http.get('/api/cases?scope=drafts').set(auth(outsider)).expect(200);
    expect(outsiderDrafts.body.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    const published = await t.http.get('/api/cases').set(auth(outsider)).expect(200);
    expect(published.body.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);

    // A colleague finishes it; publishing names what is still missing.
    const refused = await t.http.post(`/api/cases/${draft.id}/publish`).set(auth(colleague)).expect(409);
    expect(refused.body.code).toBe('CASE_INCOMPLETE');
    expect(refused.body.message).toMatch(/summary.*purchased.*results.*themes/);
    const colleagueDrafts = await t.http.get('/api/cases?scope=drafts').set(auth(colleague)).expect(200);
    expect(colleagueDrafts.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
    await t.http.patch(`/api/cases/${draft.id}`).set(auth(colleague)).send(complete).expect(200);
    const done = await t.http.post(`/api/cases/${draft.id}/publish`).set(auth(colleague)).expect(201);
    expect(done.body).toMatchObject({ status: 'published', publishedAt: expect.any(String), ...complete });

    // Now everyone signed in reads it; only its organisation (and admins) may edit it.
    const read = await t.http.get(`/api/cases/${draft.id}`).set(auth(outsider)).expect(200);
    expect(read.body.canEdit).toBe(false);
    const edit = await t.http
      .patch(`/api/cases/${draft.id}`)
      .set(auth(outsider))
      .send({ summary: 'x' })
      .expect(403);
    expect(edit.body.code).toBe('NOT_SAME_ORGANIZATION');
    await t.http
      .patch(`/api/cases/${draft.id}`)
      .set(auth(admin))
      .send({ results: 'Hävikki puolittui.' })
      .expect(200);
    await t.http.get(`/api/cases/${draft.id}`).expect(401);
  });

  it('refuses bad input with 400 and writes for one’s own organisation only', async () => {
    for (const body of [
      {},
      { title: 'ab' },
      { title: 'Hyvä otsikko', themes: ['unknown'] },
      { title: 'Hyvä otsikko', cpvCode: '4500' },
      { title: 'Hyvä otsikko', language: 'de' },
      { title: 'Hyvä otsikko', summary: null },
      { title: 'Hyvä otsikko', contactEmail: 'not-an-email' },
    ]) {
      const res = await t.http.post('/api/cases').set(auth(writer)).send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const other = (await createOrganization(t, admin)).id;
    const res = await t.http
      .post('/api/cases')
      .set(auth(writer))
      .send({ title: 'Toisen puolesta', organizationId: other })
      .expect(403);
    expect(res.body.code).toBe('NOT_SAME_ORGANIZATION');
    const staff = await createUser(t, admin, { roles: ['trainer'] });
    const none = await t.http
      .post('/api/cases')
      .set(auth(staff))
      .send({ title: 'Ilman organisaatiota' })
      .expect(409);
    expect(none.body.code).toBe('NO_ORGANIZATION');
    const byAdmin = await create(admin, { title: 'Ylläpidon kirjaama', organizationId: other });
    expect(byAdmin.organizationId).toBe(other);
    const unknown = await t.http
      .post('/api/cases')
      .set(auth(admin))
      .send({ title: 'Tuntemattomalle', organizationId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('searches each case in its own language, stems words, filters and marks the matches', async () => {
    const org = (await createOrganization(t, admin, { region: '13', kind: 'wellbeing_county' })).id;
    const author = await createUser(t, admin, { organizationId: org });
    const publish = async (body: object) => {
      const c = await create(author, { title: 'x'.repeat(3), ...complete, ...body });
      await t.http.post(`/api/cases/${c.id}/publish`).set(auth(author)).expect(201);
      return c.id;
    };
    const finnish = await publish({
      title: 'Kiertotalouden kalustehankinta',
      summary: 'Hyvinvointialue hankki kalusteet kiertotalouden periaattein <script>alert(1)</script>.',
      themes: ['circular_economy'],
    });
    const swedish = await publish({
      language: 'sv',
      title: 'Hållbar upphandling av möbler',
      summary: 'Välfärdsområdet köpte begagnade möbler i stället för nya.',
      themes: ['circular_economy', 'climate'],
    });
    const english = await publish({
      language: 'en',
      title: 'Innovation partnership for home care robots',
      summary: 'The county procured robots through an innovation partnership.',
      themes: ['innovation'],
      procedure: 'innovation_partnership',
    });
    const search = async (query: string) =>
      (await t.http.get(`/api/cases?${query}`).set(auth(outsider)).expect(200)).body as {
        items: { id: string; snippet: string | null }[];
        total: number;
      };

    // Finnish stemming: "kaluste" finds "kalusteet"; Swedish: "möblerna" finds "möbler"; English: "robot" finds "robots".
    const fi = await search('q=kaluste');
    expect(fi.items.map((c) => c.id)).toEqual([finnish]);
    expect(fi.items[0].snippet).toContain('<mark>');
    expect(fi.items[0].snippet).not.toContain('<script>');
    expect(fi.items[0].snippet).toContain('&lt;script&gt;');
    expect((await search('q=m%C3%B6blerna')).items.map((c) => c.id)).toEqual([swedish]);
    expect((await search('q=robot')).items.map((c) => c.id)).toEqual([english]);
    expect((await search('q=%22innovation%20partnership%22')).items.map((c) => c.id)).toEqual([english]);

    const region = await search('region=13');
    expect(region.items.map((c) => c.id).sort()).toEqual([finnish, swedish, english].sort());
    expect((await search('region=13&theme=circular_economy')).total).toBe(2);
    expect((await search('region=13&theme=climate')).items.map((c) => c.id)).toEqual([swedish]);
    expect((await search('kind=wellbeing_county&q=robot')).total).toBe(1);
    expect((await search('kind=state_agency&region=13')).total).toBe(0);
    expect((await search('q=olematonsanaxyz')).total).toBe(0);
    // Syntax people type by mistake is still a search, not an error.
    expect((await search(`q=${encodeURIComponent('"(( & | !')}`)).total).toBe(0);
    await t.http.get('/api/cases?theme=nonsense').set(auth(outsider)).expect(400);

    const paged = await search('region=13&limit=2&offset=2');
    expect(paged).toMatchObject({ total: 3, items: [expect.anything()] });
  });

  it('takes comments from every signed-in reader, in order', async () => {
    const c = await create(writer, { title: 'Kommentoitava tapaus', ...complete });
    await t.http.post(`/api/cases/${c.id}/publish`).set(auth(writer)).expect(201);
    await t.http
      .post(`/api/cases/${c.id}/comments`)
      .set(auth(outsider))
      .send({ body: 'Hyvä esimerkki!' })
      .expect(201);
    await t.http
      .post(`/api/cases/${c.id}/comments`)
      .set(auth(colleague))
      .send({ body: '  Kiitos.  ' })
      .expect(201);
    await t.http.post(`/api/cases/${c.id}/comments`).set(auth(colleague)).send({ body: '   ' }).expect(400);
    await t.http.post(`/api/cases/${c.id}/comments`).set(auth(colleague)).send({}).expect(400);
    const list = await t.http.get(`/api/cases/${c.id}/comments`).set(auth(writer)).expect(200);
    expect(list.body.map((x: { body: string }) => x.body)).toEqual(['Hyvä esimerkki!', 'Kiitos.']);
    const card = await t.http.get(`/api/cases?q=kommentoitava`).set(auth(writer)).expect(200);
    expect(card.body.items[0].comments).toBe(2);
  });
});
