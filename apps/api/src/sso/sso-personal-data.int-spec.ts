import { auth, Actor, createOrganization } from '../../test/factories';
import { registerProvider, signInThrough, SSO_CALLBACK, SSO_PUBLIC_URL } from '../../test/oidc/sso-flow';
import { startTestProvider, TestProvider } from '@keino/testing';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

describe("single sign-on's personal data", () => {
  let t: TestApp;
  let admin: Actor;
  let idp: TestProvider;
  let providerId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite({ env: { PUBLIC_URL: SSO_PUBLIC_URL } }));
    idp = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    const organization = await createOrganization(t, admin);
    providerId = (await registerProvider(t, admin, idp, organization.id, ['vaasa.fi'])).id;
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  it('exports a person’s bound identities, and erasing the person unbinds them', async () => {
    idp.people.set('ville', { sub: 'ville-1', email: 'ville@vaasa.fi', email_verified: true, name: 'Ville' });
    const back = await signInThrough(t, idp, providerId, 'ville');
    const session = await t.http
      .post('/api/auth/sso/exchange')
      .set({ cookie: back.cookie })
      .send({ code: back.url.searchParams.get('code') })
      .expect(200);
    const me = { Authorization: `Bearer ${session.body.accessToken}` };
    const data = await t.http.get('/api/auth/me/data').set(me).expect(200);
    expect(data.body.signInIdentities).toEqual([
      {
        issuer: idp.issuer,
        subject: 'ville-1',
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
      },
    ]);
    // A code handed out but not yet used goes with the person too.
    await signInThrough(t, idp, providerId, 'ville');
    await t.http.delete(`/api/users/${session.body.user.id}`).set(auth(admin)).expect(204);
    const left: unknown[] = await t.db.query(
      `SELECT 1 FROM sso_identities WHERE user_id = $1 UNION ALL SELECT 1 FROM sso_one_time_codes WHERE user_id = $1`,
      [session.body.user.id],
    );
    expect(left).toEqual([]);
  });
});
