import { auth, Actor, createOrganization } from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';
import {
  followCallback,
  registerProvider,
  signInThrough,
  SSO_PUBLIC_URL,
  SSO_CALLBACK,
  ssoErrorOf,
  SsoLanding,
  startSignIn,
} from '../../test/oidc/sso-flow';
import { startTestProvider, TestProvider } from '@keino/testing';

/** Single sign-on against a real OpenID provider (oidc-provider 8) that the test starts and signs in at over HTTP. */
describe('single sign-on through an organisation’s identity provider', () => {
  let t: TestApp;
  let admin: Actor;
  let idp: TestProvider;
  let organizationId: string;
  let providerId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite({ env: { PUBLIC_URL: SSO_PUBLIC_URL } }));
    idp = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    organizationId = (await createOrganization(t, admin, { name: 'Kuopion kaupunki' })).id;
    providerId = (await registerProvider(t, admin, idp, organizationId, ['kuopio.fi'])).id;
    idp.people.set('maija', {
      sub: 'maija-1',
      email: 'Maija.Meikalainen@kuopio.fi',
      email_verified: true,
      name: 'Maija Meikäläinen',
      locale: 'sv-FI',
    });
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  /** The web app's exchange, in the browser of `landing` unless another `cookie` is named. */
  const exchange = (landing: SsoLanding, purpose = 'code', cookie = landing.cookie) =>
    t.http
      .post('/api/auth/sso/exchange')
      .set(cookie ? { cookie } : {})
      .send({ code: landing.url.searchParams.get(purpose) });

  it('sends the browser to the provider with PKCE (S256), state and nonce, bound to the browser by a cookie', async () => {
    const started = await startSignIn(t, providerId);
    const url = new URL(started.location);
    expect(url.origin).toBe(idp.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: idp.clientId,
      response_type: 'code',
      redirect_uri: SSO_CALLBACK,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const p of ['state', 'nonce', 'code_challenge'])
      expect(url.searchParams.get(p)).toMatch(/^[\w-]{43}$/);
    const res = await t.http.get(`/api/auth/sso/${providerId}/start`).expect(302);
    expect(String(res.headers['set-cookie'])).toMatch(
      /keino_sso=[\w-]{43}; Max-Age=600; Path=\/api\/auth\/sso; HttpOnly; SameSite=Lax/,
    );
    // What the server keeps of the state is a hash.
    const state = url.searchParams.get('state');
    const rows: { state_hash: string }[] = await t.db.query(`SELECT state_hash FROM sso_pending_logins`);
    expect(rows.map((r) => r.state_hash)).not.toContain(state);
  });

  it('makes a new person a verified member of the provider’s organisation, then finds the same one again', async () => {
    const back = await signInThrough(t, idp, providerId, 'maija');
    expect(back.url.origin + back.url.pathname).toBe(`${SSO_PUBLIC_URL}/sign-in/sso`);
    // Only a one-time code travels in the URL, never a token.
    expect([...back.url.searchParams.keys()]).toEqual(['code']);
    const res = await exchange(back).expect(200);
    expect(res.body.user).toMatchObject({
      email: 'maija.meikalainen@kuopio.fi',
      fullName: 'Maija Meikäläinen',
      locale: 'sv',
      organizationId,
      roles: ['participant'],
      emailVerified: true,
    });
    expect(String(res.headers['set-cookie'])).toContain('keino_refresh=');
    const me = await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(res.body.user.id);

    const again = await signInThrough(t, idp, providerId, 'maija');
    const second = await exchange(again).expect(200);
    expect(second.body.user.id).toBe(res.body.user.id);
    const bound: { user_id: string }[] = await t.db.query(
      `SELECT user_id FROM sso_identities WHERE issuer = $1 AND subject = 'maija-1'`,
      [idp.issuer],
    );
    expect(bound).toEqual([{ user_id: res.body.user.id }]);
  });

  it('binds by issuer and subject, not by email: the same address under another subject is not that person', async () => {
    idp.people.set('impostor', {
      sub: 'impostor-1',
      email: 'maija.meikalainen@kuopio.fi',
      email_verified: true,
    });
    const back = await signInThrough(t, idp, providerId, 'impostor');
    // An account has the address: only its password could link this identity to it.
    expect([...back.url.searchParams.keys()]).toEqual(['link']);
    await exchange(back, 'link').expect(400);
  });

  it('links an existing account only after its own password proves it', async () => {
    const password = 'liisan oma salasana';
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: 'liisa@kuopio.fi', password, fullName: 'Liisa Laine', locale: 'fi' })
      .expect(201);
    idp.people.set('liisa', {
      sub: 'liisa-1',
      email: 'liisa@kuopio.fi',
      email_verified: true,
      name: 'L. Laine',
    });
    const back = await signInThrough(t, idp, providerId, 'liisa');
    expect(back.url.pathname).toBe('/sign-in/sso');
    const code = back.url.searchParams.get('link');
    expect(code).toMatch(/^[\w-]{43}$/);

    const browser = { cookie: back.cookie };
    const wrong = await t.http
      .post('/api/auth/sso/link')
      .set(browser)
      .send({ code, password: 'not her password' })
      .expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(await t.db.query(`SELECT 1 FROM sso_identities WHERE subject = 'liisa-1'`)).toEqual([]);

    // Only the browser that finished the sign-in may link with its code.
    const elsewhere = await t.http.post('/api/auth/sso/link').send({ code, password }).expect(400);
    expect(elsewhere.body.code).toBe('INVALID_LINK');
    const linked = await t.http.post('/api/auth/sso/link').set(browser).send({ code, password }).expect(200);
    expect(linked.body.user).toMatchObject({ id: registered.body.id, fullName: 'Liisa Laine' });
    expect(String(linked.headers['set-cookie'])).toContain('keino_refresh=');
    const replay = await t.http.post('/api/auth/sso/link').set(browser).send({ code, password }).expect(400);
    expect(replay.body.code).toBe('INVALID_LINK');

    // From now on the provider signs her in without the password.
    const next = await signInThrough(t, idp, providerId, 'liisa');
    const session = await exchange(next).expect(200);
    expect(session.body.user.id).toBe(registered.body.id);
  });

  it('refuses to make an account of an address outside the provider’s domains, unverified, or missing', async () => {
    idp.people.set('outsider', { sub: 'o-1', email: 'olli@gmail.com', email_verified: true });
    idp.people.set('unverified', { sub: 'u-1', email: 'ulla@kuopio.fi', email_verified: false });
    idp.people.set('nameless', { sub: 'n-1' });
    expect(ssoErrorOf(await signInThrough(t, idp, providerId, 'outsider'))).toBe('SSO_DOMAIN_NOT_ALLOWED');
    expect(ssoErrorOf(await signInThrough(t, idp, providerId, 'unverified'))).toBe('SSO_EMAIL_NOT_VERIFIED');
    expect(ssoErrorOf(await signInThrough(t, idp, providerId, 'nameless'))).toBe('SSO_EMAIL_MISSING');
    const made: unknown[] = await t.db.query(
      `SELECT 1 FROM users WHERE email IN ('olli@gmail.com', 'ulla@kuopio.fi')`,
    );
    expect(made).toEqual([]);
  });

  it('offers no link to an existing account for an address the provider does not vouch for', async () => {
    // Otherwise anyone whose provider lets them type any address could send its owner a link page: their password
    // there would bind the stranger's identity to their account.
    await t.http
      .post('/api/auth/register')
      .send({ email: 'veera@kuopio.fi', password: 'veeran oma salasana', fullName: 'Veera Virta' })
      .expect(201);
    idp.people.set('claims-veera', { sub: 'cv-1', email: 'veera@kuopio.fi', email_verified: false });
    expect(ssoErrorOf(await signInThrough(t, idp, providerId, 'claims-veera'))).toBe(
      'SSO_EMAIL_NOT_VERIFIED',
    );
    const codes: unknown[] = await t.db.query(`SELECT 1 FROM sso_one_time_codes WHERE subject = 'cv-1'`);
    expect(codes).toEqual([]);
  });

  it('answers which organisation signs in an address, by its domain', async () => {
    const found = await t.http.get('/api/auth/sso/discover?email=Someone@KUOPIO.fi').expect(200);
    expect(found.body).toEqual({ providerId, organizationName: 'Kuopion kaupunki' });
    const none = await t.http.get('/api/auth/sso/discover?email=someone@tampere.fi').expect(404);
    expect(none.body.code).toBe('NO_IDENTITY_PROVIDER');
    await t.http.get('/api/auth/sso/discover?email=not-an-address').expect(400);
  });

  it('uses a one-time code once, and only within 60 seconds', async () => {
    const first = await signInThrough(t, idp, providerId, 'maija');
    await exchange(first).expect(200);
    expect((await exchange(first).expect(400)).body.code).toBe('INVALID_LINK');

    const second = await signInThrough(t, idp, providerId, 'maija');
    await t.db.query(
      `UPDATE sso_one_time_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    expect((await exchange(second).expect(400)).body.code).toBe('INVALID_LINK');
  });

  it('lets only the browser that finished the sign-in use its code, so nobody hands theirs to another (login CSRF)', async () => {
    const attacker = await signInThrough(t, idp, providerId, 'maija');
    const victim = await startSignIn(t, providerId);
    expect((await exchange(attacker, 'code', '').expect(400)).body.code).toBe('INVALID_LINK');
    expect((await exchange(attacker, 'code', victim.cookie).expect(400)).body.code).toBe('INVALID_LINK');
    // Refused uses do not spend it: in its own browser it still works.
    await exchange(attacker).expect(200);
  });

  it('starts no sign-in through a switched-off or unknown provider', async () => {
    await t.http
      .patch(`/api/identity-providers/${providerId}`)
      .set(auth(admin))
      .send({ enabled: false })
      .expect(200);
    try {
      const off = await t.http.get(`/api/auth/sso/${providerId}/start`).expect(404);
      expect(off.body.code).toBe('NO_IDENTITY_PROVIDER');
      await t.http.get('/api/auth/sso/discover?email=someone@kuopio.fi').expect(404);
    } finally {
      await t.http
        .patch(`/api/identity-providers/${providerId}`)
        .set(auth(admin))
        .send({ enabled: true })
        .expect(200);
    }
    await t.http.get('/api/auth/sso/00000000-0000-4000-8000-000000000000/start').expect(404);
  });

  it('sends the browser back to the sign-in page when the provider does not answer', async () => {
    const gone = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    const id = (await registerProvider(t, admin, gone, organizationId, ['siilinjarvi.fi'])).id;
    await gone.close();
    const started = await startSignIn(t, id);
    expect(started.location).toBe(`${SSO_PUBLIC_URL}/sign-in?ssoError=SSO_PROVIDER_UNAVAILABLE`);
  });

  it('sends a cancelled sign-in back with SSO_CANCELLED', async () => {
    const started = await startSignIn(t, providerId);
    const state = new URL(started.location).searchParams.get('state') ?? '';
    const back = new URL(SSO_CALLBACK);
    back.search = new URLSearchParams({ error: 'access_denied', state, iss: idp.issuer }).toString();
    expect(ssoErrorOf(await followCallback(t, back, started.cookie))).toBe('SSO_CANCELLED');
  });
});
