import { randomUUID } from 'node:crypto';
import type { Response } from 'superagent';

import { Actor, auth, createUser } from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

const PASSWORD = 'istuntojen salasana';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** The `keino_refresh` cookie an answer sets, as `{ value, attributes }` (attribute names lower-cased). */
function sessionCookie(res: Response): { value: string; attributes: Record<string, string> } | undefined {
  const header = res.headers['set-cookie'] as string[] | string | undefined;
  const line = (Array.isArray(header) ? header : header ? [header] : []).find((c) =>
    c.startsWith('keino_refresh='),
  );
  if (!line) return undefined;
  const [pair, ...rest] = line.split(';').map((part) => part.trim());
  const attributes = Object.fromEntries(
    rest.map((part) => {
      const [key, value = ''] = part.split('=');
      return [key.toLowerCase(), value];
    }),
  );
  return { value: pair.slice('keino_refresh='.length), attributes };
}

const cookieHeader = (value: string) => ({ Cookie: `keino_refresh=${value}` });

describe('sessions: the cookie, sign-out and the list of devices', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
  });
  afterAll(() => t.close());

  const person = async () => {
    const email = `istunto-${randomUUID()}@keino.example`;
    await t.http
      .post('/api/auth/register')
      .send({ email, password: PASSWORD, fullName: 'Istunto Ihminen' })
      .expect(201);
    return email;
  };
  const login = async (email: string, userAgent = FIREFOX) => {
    const res = await t.http
      .post('/api/auth/login')
      .set('user-agent', userAgent)
      .send({ email, password: PASSWORD })
      .expect(200);
    const cookie = sessionCookie(res);
    if (!cookie) throw new Error('login set no cookie');
    return {
      id: res.body.user.id as string,
      token: res.body.accessToken as string,
      refreshToken: res.body.refreshToken as string,
      cookie: cookie.value,
      email,
    };
  };

  it('sets the refresh token as an HttpOnly, SameSite=Strict cookie of /api/auth, Secure outside localhost', async () => {
    const email = await person();
    const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    const cookie = sessionCookie(res);
    expect(cookie?.value).toBe(res.body.refreshToken);
    expect(cookie?.attributes).toMatchObject({ httponly: '', samesite: 'Strict', path: '/api/auth' });
    expect(Number(cookie?.attributes['max-age'])).toBe(14 * 24 * 60 * 60);
    // Plain http to 127.0.0.1 (this test's server): not Secure, or the browser would never send it back.
    expect(cookie?.attributes).not.toHaveProperty('secure');
    const remote = await t.http
      .post('/api/auth/login')
      .set('host', 'akatemia.example.fi')
      .send({ email, password: PASSWORD })
      .expect(200);
    expect(sessionCookie(remote)?.attributes).toHaveProperty('secure');
  });

  it('refreshes from the cookie without answering the token, and from the body as API.md says', async () => {
    const signedIn = await login(await person());
    const fromCookie = await t.http.post('/api/auth/refresh').set(cookieHeader(signedIn.cookie)).expect(200);
    expect(fromCookie.body).toEqual({ accessToken: expect.any(String), user: expect.any(Object) });
    const rotated = sessionCookie(fromCookie);
    expect(rotated?.value).toMatch(/^[\w-]{43}$/);
    expect(rotated?.value).not.toBe(signedIn.cookie);
    await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${fromCookie.body.accessToken}`)
      .expect(200);
    // The body wins over the cookie, and its answer carries the new token.
    const fromBody = await t.http
      .post('/api/auth/refresh')
      .set(cookieHeader('x'.repeat(43)))
      .send({ refreshToken: rotated?.value })
      .expect(200);
    expect(fromBody.body.refreshToken).toEqual(sessionCookie(fromBody)?.value);
    // A cookie that no longer works answers 401 and is cleared.
    const stale = await t.http.post('/api/auth/refresh').set(cookieHeader(signedIn.cookie)).expect(401);
    expect(stale.body.code).toBe('INVALID_REFRESH_TOKEN');
    expect(sessionCookie(stale)?.value).toBe('');
    // Neither body nor cookie: 401; no body at all is the same.
    await t.http.post('/api/auth/refresh').send({}).expect(401);
    await t.http.post('/api/auth/refresh').expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: 'short' }).expect(400);
  });

  it('signs out with the access token: the session, its cookie and its tokens end', async () => {
    const signedIn = await login(await person());
    const out = await t.http.post('/api/auth/logout').set(auth(signedIn)).expect(204);
    expect(sessionCookie(out)?.value).toBe('');
    await t.http.get('/api/auth/me').set(auth(signedIn)).expect(401);
    await t.http.post('/api/auth/refresh').set(cookieHeader(signedIn.cookie)).expect(401);
  });

  it('signs out with the cookie alone (the access token lived in a closed tab), and refuses a call with neither', async () => {
    const signedIn = await login(await person());
    await t.http.post('/api/auth/logout').set(cookieHeader(signedIn.cookie)).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: signedIn.refreshToken }).expect(401);
    await t.http.get('/api/auth/me').set(auth(signedIn)).expect(401);
    const anonymous = await t.http.post('/api/auth/logout').expect(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    // A stale access token is no one; the cookie still names the session.
    await t.http.post('/api/auth/logout').set(auth(signedIn)).set(cookieHeader(signedIn.cookie)).expect(204);
  });

  it('lists the active sessions with their devices, this one marked, and ends one or all the others', async () => {
    const email = await person();
    const phone = await login(
      email,
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0.0.0 Mobile Safari/537.36',
    );
    const tablet = await login(email, 'Tabletti-sovellus/1.0');
    const laptop = await login(email);
    const list = await t.http.get('/api/auth/sessions').set(auth(laptop)).expect(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items[0]).toEqual({
      id: expect.any(String),
      device: 'Firefox on Windows',
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
      current: true,
    });
    expect(list.body.items.map((s: { device: string }) => s.device).sort()).toEqual([
      'Chrome on Android',
      'Firefox on Windows',
      'Tabletti-sovellus/1.0',
    ]);
    const page = await t.http.get('/api/auth/sessions?limit=1&offset=1').set(auth(laptop)).expect(200);
    expect(page.body).toMatchObject({ total: 3, items: [{ current: false }] });

    // Someone else's session is not found, and neither is a made-up one.
    const stranger = await createUser(t, admin);
    const phoneId = list.body.items.find((s: { device: string }) => s.device === 'Chrome on Android').id;
    await t.http.delete(`/api/auth/sessions/${phoneId}`).set(auth(stranger)).expect(404);
    await t.http.delete(`/api/auth/sessions/${randomUUID()}`).set(auth(laptop)).expect(404);
    await t.http.delete('/api/auth/sessions/not-a-uuid').set(auth(laptop)).expect(400);

    await t.http.delete(`/api/auth/sessions/${phoneId}`).set(auth(laptop)).expect(204);
    await t.http.post('/api/auth/refresh').set(cookieHeader(phone.cookie)).expect(401);
    // Every access token of the person went with it; this device refreshes silently and carries on.
    await t.http.get('/api/auth/sessions').set(auth(laptop)).expect(401);
    const refreshed = await t.http.post('/api/auth/refresh').set(cookieHeader(laptop.cookie)).expect(200);
    const laptopNow = { ...laptop, token: refreshed.body.accessToken as string };
    const left = await t.http.get('/api/auth/sessions').set(auth(laptopNow)).expect(200);
    expect(left.body.total).toBe(2);
    // Ending an ended one changes nothing (and refuses no token).
    await t.http.delete(`/api/auth/sessions/${phoneId}`).set(auth(laptopNow)).expect(204);

    await t.http.delete('/api/auth/sessions').set(auth(laptopNow)).expect(204);
    await t.http.post('/api/auth/refresh').set(cookieHeader(tablet.cookie)).expect(401);
    const last = await t.http
      .post('/api/auth/refresh')
      .set(cookieHeader(sessionCookie(refreshed)?.value ?? ''));
    expect(last.status).toBe(200);
    const only = await t.http
      .get('/api/auth/sessions')
      .set('Authorization', `Bearer ${last.body.accessToken}`)
      .expect(200);
    expect(only.body).toMatchObject({ total: 1, items: [{ current: true, device: 'Firefox on Windows' }] });
  });

  it('ends the session of a refresh token that comes back after use, and its access tokens with it', async () => {
    const signedIn = await login(await person());
    const next = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: signedIn.refreshToken })
      .expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: signedIn.refreshToken }).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${next.body.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: next.body.refreshToken }).expect(401);
  });

  it('lets an admin end all of a person’s sessions, audited; others may not', async () => {
    const email = await person();
    const one = await login(email);
    const two = await login(email);
    await t.http.delete(`/api/users/${one.id}/sessions`).set(auth(one)).expect(403);
    await t.http.delete(`/api/users/${randomUUID()}/sessions`).set(auth(admin)).expect(404);
    await t.http.delete(`/api/users/${one.id}/sessions`).set(auth(admin)).expect(204);
    await t.http.get('/api/auth/me').set(auth(one)).expect(401);
    await t.http.post('/api/auth/refresh').set(cookieHeader(one.cookie)).expect(401);
    await t.http.post('/api/auth/refresh').set(cookieHeader(two.cookie)).expect(401);
    const audit = await t.http.get(`/api/audit-events?subjectId=${one.id}`).set(auth(admin)).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.sessions_ended',
      actorId: admin.id,
      subjectName: 'Istunto Ihminen',
      details: { ended: 2 },
    });
  });

  it('exports the sessions with their devices as personal data', async () => {
    const signedIn = await login(await person());
    const data = await t.http.get('/api/auth/me/data').set(auth(signedIn)).expect(200);
    expect(data.body.sessions).toEqual([
      {
        device: 'Firefox on Windows',
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
        expiresAt: expect.any(String),
        revokedAt: null,
      },
    ]);
  });
});
