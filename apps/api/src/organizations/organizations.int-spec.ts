import { Actor, auth, businessId, createOrganization, createUser } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('organisations over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let participant: Actor;

  beforeAll(async () => {
    ({ t, admin, participant } = await startSuite({ users: { participant: {} } }));
  });
  afterAll(() => t.close());

  it('creates an organisation with a valid Y-tunnus and names its region', async () => {
    const res = await t.http
      .post('/api/organizations')
      .set(auth(admin))
      .send({ name: 'Tampereen kaupunki', businessId: '0211675-2', kind: 'municipality', region: '06' })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      name: 'Tampereen kaupunki',
      businessId: '0211675-2',
      kind: 'municipality',
      region: '06',
      regionName: 'Pirkanmaa',
    });
  });

  it('answers 409 DUPLICATE_BUSINESS_ID for a business ID already held', async () => {
    const id = businessId();
    const body = {
      name: 'Keski-Suomen hyvinvointialue',
      businessId: id,
      kind: 'wellbeing_county',
      region: '13',
    };
    await t.http.post('/api/organizations').set(auth(admin)).send(body).expect(201);
    const res = await t.http
      .post('/api/organizations')
      .set(auth(admin))
      .send({ ...body, name: 'Toinen' })
      .expect(409);
    expect(res.body.code).toBe('DUPLICATE_BUSINESS_ID');
  });

  it.each([
    [{ businessId: '0211675-3' }, 'businessId'],
    [{ businessId: '211675-2' }, 'businessId'],
    [{ kind: 'company' }, 'kind'],
    [{ region: '22' }, 'region'],
    [{ region: '20' }, 'region'],
    [{ name: '' }, 'name'],
  ])('refuses %j with 400 naming the field', async (change, field) => {
    const res = await t.http
      .post('/api/organizations')
      .set(auth(admin))
      .send({
        name: 'Oulun kaupunki',
        businessId: businessId(),
        kind: 'municipality',
        region: '17',
        ...change,
      })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('lets only admins create organisations', async () => {
    await t.http
      .post('/api/organizations')
      .set(auth(participant))
      .send({ name: 'Oulun kaupunki', businessId: businessId(), kind: 'municipality', region: '17' })
      .expect(403);
    await t.http.post('/api/organizations').send({}).expect(401);
  });

  it('lists organisations for any signed-in user, filtered by region and text', async () => {
    const lapland = await createOrganization(t, admin, { name: 'Rovaniemen kaupunki', region: '19' });
    await createOrganization(t, admin, { name: 'Turun kaupunki', region: '02' });
    const byRegion = await t.http.get('/api/organizations?region=19').set(auth(participant)).expect(200);
    expect(byRegion.body.items.map((o: { id: string }) => o.id)).toEqual([lapland.id]);
    expect(byRegion.body.total).toBe(1);
    const byText = await t.http.get('/api/organizations?q=rovaniemen').set(auth(participant)).expect(200);
    expect(byText.body.items).toHaveLength(1);
    const paged = await t.http.get('/api/organizations?limit=1&offset=1').set(auth(participant)).expect(200);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(3);
    await t.http.get('/api/organizations?limit=201').set(auth(participant)).expect(400);
    // Sign-up needs the list before there is an account.
    const directory = await t.http.get('/api/organizations/directory?region=19').expect(200);
    expect(directory.body.items.map((o: { id: string }) => o.id)).toEqual([lapland.id]);
    await t.http.get('/api/organizations').expect(401);
  });

  it('filters by kind, with region and text', async () => {
    const agency = await createOrganization(t, admin, {
      name: 'Lapin virasto',
      kind: 'state_agency',
      region: '19',
    });
    await createOrganization(t, admin, { name: 'Lapin kunta', kind: 'municipality', region: '19' });
    const res = await t.http
      .get('/api/organizations?kind=state_agency&region=19&q=lapin')
      .set(auth(admin))
      .expect(200);
    expect(res.body).toEqual({ items: [expect.objectContaining({ id: agency.id })], total: 1 });
    const bad = await t.http.get('/api/organizations?kind=company').set(auth(admin)).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('kind');
  });
  it('lists an organisation’s people by name to its coordinators and admins, and hides it from others', async () => {
    const org = (await createOrganization(t, admin)).id;
    const coordinator = await createUser(t, admin, {
      organizationId: org,
      roles: ['participant', 'coordinator'],
      fullName: 'Aino Koordinaattori',
    });
    const colleague = await createUser(t, admin, { organizationId: org, fullName: 'Bertta Kollega' });
    const outsider = await createUser(t, admin, {
      organizationId: (await createOrganization(t, admin)).id,
      roles: ['participant', 'coordinator'],
    });
    const all = await t.http.get(`/api/organizations/${org}/members`).set(auth(coordinator)).expect(200);
    expect(all.body.items.map((u: { id: string }) => u.id)).toEqual([coordinator.id, colleague.id]);
    expect(all.body.total).toBe(2);
    expect(all.body.items[1]).toEqual({
      id: colleague.id,
      email: expect.any(String),
      fullName: 'Bertta Kollega',
      locale: 'fi',
      organizationId: org,
      roles: ['participant'],
      regions: [],
      emailVerified: false,
      pendingOrganizationId: null,
    });
    const found = await t.http.get(`/api/organizations/${org}/members?q=kolle`).set(auth(admin)).expect(200);
    expect(found.body).toEqual({ items: [expect.objectContaining({ id: colleague.id })], total: 1 });
    const none = await t.http.get(`/api/organizations/${org}/members?q=zzz`).set(auth(admin)).expect(200);
    expect(none.body).toEqual({ items: [], total: 0 });
    // Another organisation's coordinator, and an unknown organisation, answer as if it did not exist.
    const other = await t.http.get(`/api/organizations/${org}/members`).set(auth(outsider)).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await t.http
      .get('/api/organizations/00000000-0000-4000-8000-000000000000/members')
      .set(auth(admin))
      .expect(404);
    await t.http.get(`/api/organizations/${org}/members`).set(auth(colleague)).expect(403);
    // An erased person is no longer one of its people (the anonymised row stays for statistics only).
    await t.http.delete(`/api/users/${colleague.id}`).set(auth(admin)).expect(204);
    const after = await t.http.get(`/api/organizations/${org}/members`).set(auth(coordinator)).expect(200);
    expect(after.body).toEqual({ items: [expect.objectContaining({ id: coordinator.id })], total: 1 });
  });
});
