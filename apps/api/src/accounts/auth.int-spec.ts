import { DEMO_PASSWORD } from '../demo-data/demo-accounts';
import { ADMIN_ENV, startTestApp, TEST_ADMIN, TestApp } from '../../test/setup/test-app';

describe('accounts over HTTP', () => {
  let t: TestApp;
  const admin = TEST_ADMIN;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it('reports health once the database answers', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.paths).toHaveProperty(['/api/auth/login']);
  });

  it('signs in the ADMIN_EMAIL account, case-insensitively, and answers me', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: admin.email.toUpperCase(), password: admin.password })
      .expect(200);
    expect(login.body.user).toMatchObject({ email: admin.email, roles: ['admin'] });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const me = await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(login.body.user.id);
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@keino.example', password: 'x' });
    const wrong = await t.http
      .post('/api/auth/login')
      .send({ email: admin.email, password: 'wrong password!' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses unknown fields and bad emails with 400 VALIDATION_FAILED', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 'x', extra: 1 })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toEqual(expect.arrayContaining(['property extra should not exist']));
  });

  it('refuses me without a token or with a forged one', async () => {
    expect((await t.http.get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await t.http.get('/api/auth/me').set('Authorization', 'Bearer abc.def.ghi').expect(401);
  });

  it('sets security headers and refuses oversized bodies', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const quoted = await t.http.get('/api/health').set('x-request-id', 'kysely-42');
    expect(quoted.headers['x-request-id']).toBe('kysely-42');
    const big = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.fi', password: 'x'.repeat(2_000_000) }));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('creates no demo accounts unless DEMO_DATA is true', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ email: 'admin@keino.example', password: DEMO_PASSWORD })
      .expect(401);
  });
});

describe('refresh tokens over HTTP', () => {
  let t: TestApp;
  const admin = TEST_ADMIN;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  const signIn = async () => (await t.http.post('/api/auth/login').send(admin).expect(200)).body;

  it('rotates: a refresh token answers a new pair and works once', async () => {
    const first = await signIn();
    const second = (
      await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);
    const again = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(again.body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('ends the whole session when a used token comes back', async () => {
    const first = await signIn();
    const second = (
      await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('leaves other sign-ins alone', async () => {
    const stolen = await signIn();
    const other = await signIn();
    await t.http.post('/api/auth/refresh').send({ refreshToken: stolen.refreshToken }).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: stolen.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(200);
  });

  it('refuses unknown and malformed tokens', async () => {
    await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: 'x'.repeat(43) })
      .expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: 'short' }).expect(400);
    // Without one in the body the cookie is read; with neither, the answer is the same 401.
    const none = await t.http.post('/api/auth/refresh').send({}).expect(401);
    expect(none.body.code).toBe('INVALID_REFRESH_TOKEN');
  });
});

describe('request bodies', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it('treats an empty JSON body as no body, and refuses malformed JSON with 400', async () => {
    const empty = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toEqual(expect.arrayContaining([expect.stringContaining('email')]));
    const malformed = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });
});
