import { sendBytes } from './arbitrary-input/send-bytes';
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

  it('refuses a JSON body that is not UTF-8, and a lone surrogate escape, in values and keys', async () => {
    const course = (title: Buffer) =>
      Buffer.concat([Buffer.from('{"title":"'), title, Buffer.from('","summary":"s","language":"fi"}')]);
    // Not UTF-8: a broken two-byte sequence, a byte UTF-8 never uses, an encoded surrogate, an overlong NUL.
    for (const bytes of [[0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0x80]]) {
      expectRefused(await sendBytes(t, 'POST', '/api/courses', auth(trainer), course(Buffer.from(bytes))));
    }
    const badKey = Buffer.concat([Buffer.from('{"ti'), Buffer.from([0xc3]), Buffer.from('tle":"x"}')]);
    expectRefused(await sendBytes(t, 'POST', '/api/courses', auth(trainer), badKey));
    for (const escaped of ['"a\\ud800"', '"\\udc00b"']) {
      expectRefused(
        await postJson('/api/courses', trainer, `{"title":${escaped},"summary":"s","language":"fi"}`),
      );
    }
    expectRefused(await postJson('/api/organizations', admin, '{"name":"x","\\ud800":1}'));
    // An escaped pair is one character, and an escaped backslash before "ud800" is text.
    const pair = await postJson(
      '/api/courses',
      trainer,
      '{"title":"a\\ud83d\\ude00","summary":"s","language":"fi"}',
    );
    expect({ status: pair.status, title: pair.body.title }).toEqual({ status: 201, title: 'a\u{1f600}' });
    const literal = await postJson(
      '/api/courses',
      trainer,
      '{"title":"\\\\ud800","summary":"s","language":"fi"}',
    );
    expect({ status: literal.status, title: literal.body.title }).toEqual({ status: 201, title: '\\ud800' });
    const utf8 = await sendBytes(
      t,
      'POST',
      '/api/courses',
      auth(trainer),
      course(Buffer.from('Hämeenlinna')),
    );
    expect({ status: utf8.status, title: utf8.body.title }).toEqual({ status: 201, title: 'Hämeenlinna' });
  });

  it('refuses a query string whose percent-encoding is not UTF-8, in values and keys', async () => {
    for (const query of ['q=%C3%28', 'q=a%FFb', 'q=%ED%A0%80', 'q=%C0%80', 'q=100%', 'q=%ZZ', '%FF=1']) {
      expectRefused(await t.http.get(`/api/users?${query}`).set(auth(admin)));
    }
    expectRefused(await t.http.get('/api/organizations/directory?kind=%E2%82'));
    // Encoded UTF-8 is text, and so is an encoded percent sign before "C3%28".
    expect((await t.http.get('/api/users?q=%C3%A4').set(auth(admin))).status).toBe(200);
    expect((await t.http.get('/api/users?q=%25C3%2528').set(auth(admin))).status).toBe(200);
  });

  it('refuses a path whose percent-encoding is not UTF-8, or a parameter past its length, in the usual shape', async () => {
    for (const id of ['%C3%28', '%ED%A0%80', '%']) {
      expectRefused(await t.http.get(`/api/courses/${id}`).set(auth(trainer)));
    }
    // 414 as before (the certificate check reads it as an unknown code), with the API's code.
    const long = await t.http.get(`/api/certificates/${'X'.repeat(101)}`);
    expect({ status: long.status, code: long.body.code }).toEqual({ status: 414, code: 'VALIDATION_FAILED' });
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
