import { Actor, auth, createOrganization, createUser, signIn } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('register and users over HTTP', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
  });
  afterAll(() => t.close());

  it('registers a participant in a locale, the organisation named only requested, without exposing the password', async () => {
    const org = await createOrganization(t, admin);
    const res = await t.http
      .post('/api/auth/register')
      .send({
        email: 'Liisa.Virtanen@Espoo.fi',
        password: 'pitkä salasana 1',
        fullName: 'Liisa Virtanen',
        organizationId: org.id,
        locale: 'sv',
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'Liisa.Virtanen@Espoo.fi',
      fullName: 'Liisa Virtanen',
      locale: 'sv',
      organizationId: null,
      roles: ['participant'],
      regions: [],
      emailVerified: false,
      pendingOrganizationId: org.id,
    });
    const me = await signIn(t, 'liisa.virtanen@espoo.fi', 'pitkä salasana 1');
    expect(me.id).toBe(res.body.id);
  });

  it('answers 409 EMAIL_TAKEN whatever the case of the email', async () => {
    await t.http
      .post('/api/auth/register')
      .send({ email: 'sama@keino.example', password: 'x'.repeat(12), fullName: 'Sama Nimi' })
      .expect(201);
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: 'SAMA@keino.example', password: 'y'.repeat(12), fullName: 'Toinen Nimi' })
      .expect(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it.each([
    [{ password: 'short' }, 'password'],
    [{ email: 'not-an-email' }, 'email'],
    [{ locale: 'de' }, 'locale'],
    [{ organizationId: 'abc' }, 'organizationId'],
    [{ roles: ['admin'] }, 'roles'],
    // Trimmed before its length is checked: blanks are no name.
    [{ fullName: '    ' }, 'fullName'],
    [{ fullName: ' A ' }, 'fullName'],
  ])('refuses %j with 400', async (change, field) => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: 'uusi@keino.example', password: 'a'.repeat(12), fullName: 'Uusi Käyttäjä', ...change })
      .expect(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('refuses an organisation that does not exist', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send({
        email: 'orpo@keino.example',
        password: 'a'.repeat(12),
        fullName: 'Orpo',
        organizationId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(res.body.code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('lets admins list users by role, organisation and text, and change roles, organisation and regions', async () => {
    const org = await createOrganization(t, admin);
    const user = await createUser(t, admin, { organizationId: org.id, fullName: 'Ville Vallaton' });
    const byOrg = await t.http.get(`/api/users?organizationId=${org.id}`).set(auth(admin)).expect(200);
    expect(byOrg.body).toEqual({ items: [expect.objectContaining({ id: user.id })], total: 1 });
    const byText = await t.http.get('/api/users?q=vallaton').set(auth(admin)).expect(200);
    expect(byText.body.items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const changed = await t.http
      .patch(`/api/users/${user.id}`)
      .set(auth(admin))
      .send({ roles: ['participant', 'change_agent'], regions: ['06', '13'], organizationId: null })
      .expect(200);
    expect(changed.body).toMatchObject({
      roles: ['participant', 'change_agent'],
      regions: ['06', '13'],
      organizationId: null,
    });
    const agents = await t.http.get('/api/users?role=change_agent').set(auth(admin)).expect(200);
    expect(agents.body.items.map((u: { id: string }) => u.id)).toContain(user.id);
    const audit = await t.http.get(`/api/audit-events?subjectId=${user.id}`).set(auth(admin)).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.roles_changed',
      actorId: admin.id,
      details: { from: ['participant'], to: ['participant', 'change_agent'] },
    });
  });

  it('refuses users admin to non-admins, unknown users and bad bodies', async () => {
    const user = await createUser(t, admin);
    await t.http.get('/api/users').set(auth(user)).expect(403);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(auth(user))
      .send({ roles: ['admin'] })
      .expect(403);
    await t.http.get('/api/audit-events').set(auth(user)).expect(403);
    await t.http
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .set(auth(admin))
      .send({ roles: ['trainer'] })
      .expect(404);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(auth(admin))
      .send({ roles: ['king'] })
      .expect(400);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(auth(admin))
      .send({ regions: ['99'] })
      .expect(400);
    await t.http.patch(`/api/users/${user.id}`).set(auth(admin)).send({ email: 'x@y.fi' }).expect(400);
  });
});
