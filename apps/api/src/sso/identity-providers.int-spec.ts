import { auth, Actor, createOrganization, createUser } from '../../test/factories';
import { registerProvider, SSO_CALLBACK, SSO_PUBLIC_URL } from '../../test/oidc/sso-flow';
import { startTestProvider, TestProvider } from '@keino/testing';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SecretBox } from './secret-box';

describe('identity providers (admin)', () => {
  let t: TestApp;
  let admin: Actor;
  let coordinator: Actor;
  let participant: Actor;
  let idp: TestProvider;
  let organizationId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite({ env: { PUBLIC_URL: SSO_PUBLIC_URL } }));
    idp = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    organizationId = (await createOrganization(t, admin)).id;
    coordinator = await createUser(t, admin, { roles: ['participant', 'coordinator'], organizationId });
    participant = await createUser(t, admin, { organizationId });
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  const body = (overrides: Record<string, unknown> = {}) => ({
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    emailDomains: ['lahti.fi'],
    ...overrides,
  });

  it('registers a provider whose discovery document answers, and keeps its secret encrypted', async () => {
    const created = await t.http
      .post(`/api/organizations/${organizationId}/identity-providers`)
      .set(auth(admin))
      .send(body({ emailDomains: ['lahti.fi', 'edu.lahti.fi'] }))
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      organizationId,
      issuer: idp.issuer,
      clientId: idp.clientId,
      emailDomains: ['edu.lahti.fi', 'lahti.fi'],
      enabled: true,
      createdAt: expect.any(String),
    });
    const [row]: { client_secret: string }[] = await t.db.query(
      `SELECT client_secret FROM identity_providers WHERE id = $1`,
      [created.body.id],
    );
    expect(row.client_secret).not.toContain(idp.clientSecret);
    expect(row.client_secret).toMatch(/^v1\./);
    // AES-256-GCM under the app's secrets key, bound to the row.
    const box = new SecretBox(t.app.get<AppConfig>(APP_CONFIG).secretsKey);
    expect(box.open(row.client_secret, created.body.id)).toBe(idp.clientSecret);
    const list = await t.http
      .get(`/api/organizations/${organizationId}/identity-providers`)
      .set(auth(admin))
      .expect(200);
    expect(list.body).toEqual({ items: [created.body], total: 1 });
    expect(JSON.stringify(list.body)).not.toContain(idp.clientSecret);
  });

  it('refuses an issuer it cannot read, a plain-http one elsewhere than this machine, and bad domains', async () => {
    const post = (b: object) =>
      t.http.post(`/api/organizations/${organizationId}/identity-providers`).set(auth(admin)).send(b);
    const unreachable = await post(body({ issuer: 'http://127.0.0.1:1', emailDomains: [] })).expect(400);
    expect(unreachable.body.code).toBe('ISSUER_UNREACHABLE');
    for (const bad of [
      { issuer: 'http://idp.lahti.fi' },
      { issuer: `${idp.issuer}/?x=1` },
      { emailDomains: ['Lahti.FI'] },
      { emailDomains: ['@lahti.fi'] },
      { emailDomains: Array.from({ length: 21 }, (_, i) => `d${i}.fi`) },
      { clientSecret: '' },
    ]) {
      expect((await post(body(bad)).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    await t.http
      .post('/api/organizations/00000000-0000-4000-8000-000000000000/identity-providers')
      .set(auth(admin))
      .send(body({ emailDomains: ['x.fi'] }))
      .expect(404);
  });

  it('gives a domain to one provider only, and an issuer once per organisation', async () => {
    const other = (await createOrganization(t, admin)).id;
    const taken = await t.http
      .post(`/api/organizations/${other}/identity-providers`)
      .set(auth(admin))
      .send(body({ emailDomains: ['hollola.fi', 'lahti.fi'] }))
      .expect(409);
    expect(taken.body.code).toBe('DOMAIN_TAKEN');
    expect(await t.db.query(`SELECT 1 FROM identity_providers WHERE organization_id = $1`, [other])).toEqual(
      [],
    );
    const twice = await t.http
      .post(`/api/organizations/${organizationId}/identity-providers`)
      .set(auth(admin))
      .send(body({ emailDomains: ['hollola.fi'] }))
      .expect(409);
    expect(twice.body.code).toBe('IDENTITY_PROVIDER_EXISTS');
  });

  it('changes a provider, checking a new client against the issuer again, and removes it', async () => {
    const [{ id }] = (
      await t.http.get(`/api/organizations/${organizationId}/identity-providers`).set(auth(admin))
    ).body.items;
    const before: { client_secret: string }[] = await t.db.query(
      `SELECT client_secret FROM identity_providers WHERE id = $1`,
      [id],
    );
    const changed = await t.http
      .patch(`/api/identity-providers/${id}`)
      .set(auth(admin))
      .send({ clientSecret: 'uusi salaisuus', emailDomains: ['lahti.fi'], enabled: false })
      .expect(200);
    expect(changed.body).toMatchObject({ emailDomains: ['lahti.fi'], enabled: false });
    const after: { client_secret: string }[] = await t.db.query(
      `SELECT client_secret FROM identity_providers WHERE id = $1`,
      [id],
    );
    expect(after[0].client_secret).not.toBe(before[0].client_secret);
    expect(after[0].client_secret).not.toContain('uusi salaisuus');
    const unreachable = await t.http
      .patch(`/api/identity-providers/${id}`)
      .set(auth(admin))
      .send({ issuer: 'http://127.0.0.1:1' })
      .expect(400);
    expect(unreachable.body.code).toBe('ISSUER_UNREACHABLE');
    await t.http
      .patch(`/api/identity-providers/${id}`)
      .set(auth(admin))
      .send({ clientSecret: idp.clientSecret, enabled: true })
      .expect(200);

    await t.http.delete(`/api/identity-providers/${id}`).set(auth(admin)).expect(204);
    await t.http.delete(`/api/identity-providers/${id}`).set(auth(admin)).expect(404);
    await t.http.patch(`/api/identity-providers/${id}`).set(auth(admin)).send({ enabled: true }).expect(404);
  });

  it('refuses every provider route to anyone but an admin, the organisation’s coordinator too', async () => {
    const id = (await registerProvider(t, admin, idp, organizationId, ['vaasa.fi'])).id;
    const calls = [
      () => t.http.get(`/api/organizations/${organizationId}/identity-providers`),
      () => t.http.post(`/api/organizations/${organizationId}/identity-providers`).send(body()),
      () => t.http.patch(`/api/identity-providers/${id}`).send({ enabled: false }),
      () => t.http.delete(`/api/identity-providers/${id}`),
    ];
    for (const call of calls) {
      await call().expect(401);
      for (const who of [coordinator, participant]) {
        const res = await call().set(auth(who)).expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
    }
    const [row]: { enabled: boolean }[] = await t.db.query(
      `SELECT enabled FROM identity_providers WHERE id = $1`,
      [id],
    );
    expect(row.enabled).toBe(true);
  });
});
