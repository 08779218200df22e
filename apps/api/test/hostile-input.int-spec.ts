import { auth, Actor, createPublishedCourse } from './factories';
import { startSuite } from './setup/suite';
import { TestApp } from './setup/test-app';

// Issue 12, faults 2–6: input an attacker sends answers 400 VALIDATION_FAILED (never 500) in the usual error shape.
describe('hostile input answers 400, never 500', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let courseId: string;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    courseId = (await createPublishedCourse(t, trainer)).id;
  });
  afterAll(() => t.close());

  const expectRefused = (res: { status: number; body: Record<string, unknown> }) => {
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      expect.objectContaining({ statusCode: 400, error: 'bad request', code: 'VALIDATION_FAILED' }),
    );
    expect(res.body.message).toBeDefined();
  };
  const postJson = (path: string, as: Actor, text: string) =>
    t.http.post(path).set(auth(as)).set('content-type', 'application/json').send(text);

  it('refuses JSON nested 10,000 levels deep (fault 2)', async () => {
    const deep = `{"title":"x","summary":"y","language":"fi","extra":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expectRefused(await postJson('/api/courses', trainer, deep));
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expectRefused(await postJson('/api/organizations', admin, deepObject));
  });

  it('still accepts ordinary nesting and keeps the body size limit', async () => {
    const res = await postJson(
      '/api/courses',
      trainer,
      JSON.stringify({ title: 'Nested fine', summary: 's', language: 'fi' }),
    );
    expect(res.status).toBe(201);
    const huge = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
    expect((await postJson('/api/courses', trainer, huge)).status).toBe(413);
  });

  it('refuses a NUL byte in any JSON string, values and keys (fault 3)', async () => {
    const course = { title: 'Nul\u0000title', summary: 's', language: 'fi' };
    expectRefused(await postJson('/api/courses', trainer, JSON.stringify(course)));
    expectRefused(
      await postJson('/api/auth/login', admin, JSON.stringify({ email: 'a\u0000@b.fi', password: 'x' })),
    );
    const nestedKey = { title: 't', summary: 's', language: 'fi', trainerIds: [{ 'k\u0000': 1 }] };
    expectRefused(await postJson('/api/courses', trainer, JSON.stringify(nestedKey)));
    // An escaped backslash before "u0000" is text, not a NUL.
    const literal = await postJson(
      '/api/courses',
      trainer,
      JSON.stringify({ title: 'back\\u0000slash', summary: 's', language: 'fi' }),
    );
    expect(literal.status).toBe(201);
  });

  it.each([
    ['/api/users', 'admin'],
    ['/api/cases', 'admin'],
    ['/api/organizations', 'admin'],
    ['/api/organizations/directory', 'anonymous'],
    ['/api/admin/outbox', 'admin'],
  ])('refuses a NUL byte in the query of %s (fault 4)', async (path, as) => {
    const headers = as === 'admin' ? auth(admin) : {};
    expectRefused(await t.http.get(`${path}?q=a%00b`).set(headers));
  });

  it('range-checks integers in paths (fault 5)', async () => {
    for (const version of ['99999999999999999999', '2147483648', '-2147483649']) {
      expectRefused(await t.http.get(`/api/courses/${courseId}/versions/${version}`).set(auth(trainer)));
    }
    expect((await t.http.get(`/api/courses/${courseId}/versions/1`).set(auth(trainer))).status).toBe(200);
    expect((await t.http.get(`/api/courses/${courseId}/versions/2147483647`).set(auth(trainer))).status).toBe(
      404,
    );
  });

  it.each([
    ['/api/users', 'admin'],
    ['/api/cases', 'admin'],
    ['/api/organizations', 'admin'],
    ['/api/organizations/directory', 'anonymous'],
    ['/api/admin/outbox', 'admin'],
    ['/api/courses', 'admin'],
    ['/api/cohorts', 'admin'],
    ['/api/audit-events', 'admin'],
    ['/api/me/notifications', 'admin'],
    ['/api/me/enrollments', 'admin'],
  ])('bounds a huge offset on %s (fault 6)', async (path, as) => {
    const headers = as === 'admin' ? auth(admin) : {};
    for (const offset of ['1e300', '9223372036854775808', '2147483648']) {
      expectRefused(await t.http.get(`${path}?offset=${offset}`).set(headers));
    }
    expect((await t.http.get(`${path}?offset=2147483647`).set(headers)).status).toBe(200);
  });
});
