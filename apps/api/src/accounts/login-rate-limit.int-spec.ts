import { randomBytes, randomUUID } from 'node:crypto';
import { argon2id } from 'hash-wasm';

import { LOGIN_LIMITS } from '../common/rate-limit/rate-limit.module';
import { ADMIN_ENV, startTestApp, TEST_ADMIN, TestApp } from '../../test/setup/test-app';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const WORKSHOP_PASSWORD = 'workshop password 2026';

/**
 * A cheap argon2id hash (its parameters travel in the encoded hash, so sign-in checks it the same way): 300 checks at
 * the real cost would take over a minute on a busy machine, and the test is about the limits, not the hash.
 */
const cheapHash = (password: string) =>
  argon2id({
    password,
    salt: randomBytes(16),
    memorySize: 64,
    iterations: 1,
    parallelism: 1,
    hashLength: 32,
    outputType: 'encoded',
  });

/** `count` participants sharing one password, in one insert. */
async function createWorkshop(t: TestApp, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `workshop-${i}@tampere.example`);
  await t.db.query(
    `INSERT INTO users (email, password_hash, full_name)
     SELECT email, $2, 'Osallistuja ' || ord FROM unnest($1::text[]) WITH ORDINALITY AS e(email, ord)`,
    [emails, await cheapHash(WORKSHOP_PASSWORD)],
  );
  return emails;
}

const wrong = (email: string, i: number) => ({ email, password: `wrong ${i}` });

describe('login rate limits', () => {
  let t: TestApp;
  const admin = TEST_ADMIN;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  // First: nothing has failed from this address yet, and the old limit (20 attempts a minute) would refuse the 21st.
  it('lets a workshop of 300 people behind one address sign in within a minute', async () => {
    const emails = await createWorkshop(t, 300);
    const started = Date.now();
    for (const email of emails) {
      await t.http.post('/api/auth/login').send({ email, password: WORKSHOP_PASSWORD }).expect(200);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it(`answers 429 TOO_MANY_REQUESTS after ${LOGIN_LIMITS.perAccount.limit} attempts on one account`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++) {
      await t.http.post('/api/auth/login').send(wrong(admin.email, i)).expect(401);
    }
    const blocked = await t.http.post('/api/auth/login').send(admin).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    // The limit is per account: another account from the same address still gets an answer.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'other@keino.example', password: 'whatever' })
      .expect(401);
  });

  it('forgets an account’s failures once it signs in', async () => {
    const email = 'workshop-7@tampere.example';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOGIN_LIMITS.perAccount.limit - 1; i++) {
        await t.http.post('/api/auth/login').send(wrong(email, i)).expect(401);
      }
      await t.http.post('/api/auth/login').send({ email, password: WORKSHOP_PASSWORD }).expect(200);
    }
  });

  it('does not limit other routes', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAddress.limit + 2; i++) await t.http.get('/api/health').expect(200);
  });
});

describe('login rate limit per address', () => {
  const perAddress = 30;
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, LOGIN_LIMIT_PER_ADDRESS: String(perAddress) });
  });
  afterAll(() => t.close());

  it('refuses an address after LOGIN_LIMIT_PER_ADDRESS failures spread over many accounts', async () => {
    // Three failures per made-up account: never enough to make an account wait, only the address's count grows.
    for (let i = 0; i < perAddress; i++) {
      await t.http
        .post('/api/auth/login')
        .send(wrong(`guess-${Math.floor(i / 3)}@keino.example`, i))
        .expect(401);
    }
    const blocked = await t.http.post('/api/auth/login').send(TEST_ADMIN).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
  });

  it('limits the single sign-on exchange per address too, so its codes cannot be guessed at speed', async () => {
    const guess = (i: number) => ({ code: `${'x'.repeat(40)}${String(i).padStart(3, '0')}` });
    for (let i = 0; i < perAddress; i++) {
      await t.http.post('/api/auth/sso/exchange').send(guess(i)).expect(400);
    }
    const blocked = await t.http.post('/api/auth/sso/exchange').send(guess(perAddress)).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('login rate limits shared through Redis', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const env = { ...ADMIN_ENV, REDIS_URL, REDIS_PREFIX: `keino-test-${randomUUID()}` };
    first = await startTestApp(env);
    second = await startTestApp(env);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('makes an account wait on every instance after its failures on one', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++) {
      await first.http.post('/api/auth/login').send(wrong(TEST_ADMIN.email, i)).expect(401);
    }
    const blocked = await second.http.post('/api/auth/login').send(TEST_ADMIN).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
  });
});
