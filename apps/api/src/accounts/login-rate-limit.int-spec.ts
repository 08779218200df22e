import { LOGIN_LIMITS } from '../common/rate-limit/rate-limit.module';
import { ADMIN_ENV, startTestApp, TEST_ADMIN, TestApp } from '../../test/setup/test-app';

describe('login rate limits', () => {
  let t: TestApp;
  const admin = TEST_ADMIN;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it(`answers 429 TOO_MANY_REQUESTS after ${LOGIN_LIMITS.perAccount.limit} attempts on one account`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ email: admin.email, password: `wrong ${i}` })
        .expect(401);
    }
    const blocked = await t.http.post('/api/auth/login').send(admin).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    // The limit is per account: another account from the same address still gets an answer.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'other@keino.example', password: 'whatever' })
      .expect(401);
  });

  it('does not limit other routes', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAddress.limit + 2; i++) await t.http.get('/api/health').expect(200);
  });
});
