import {
  addressAt,
  emailedToken,
  emailsTo,
  PASSWORD,
  registerAndSignIn,
} from '../../../test/factories/memberships';
import { Actor, auth, signIn } from '../../../test/factories';
import { startSuite } from '../../../test/setup/suite';
import { APP_ENV, startTestApp, TestApp } from '../../../test/setup/test-app';

const NEW_PASSWORD = 'uusi salasana 2026';

describe('emailed links: email verification and password reset', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite({ env: { PUBLIC_URL: 'https://akatemia.example.fi/' } }));
  });
  afterAll(() => t.close());

  describe('verification', () => {
    it('mails an absolute link in the person’s language that works once', async () => {
      const email = addressAt('keino.example');
      const person = await registerAndSignIn(t, email, { locale: 'sv' });
      const [mail] = await emailsTo(t, admin, email);
      expect(mail.subject).toBe('Bekräfta din e-postadress');
      expect(mail.body).toMatch(/^Hej Testi Henkilö,/);
      expect(mail.body).toMatch(/https:\/\/akatemia\.example\.fi\/verify-email\?token=[A-Za-z0-9_-]{43}\n/);
      const token = await emailedToken(t, admin, email, 'verify-email');
      const verified = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(verified.body).toMatchObject({ id: person.id, emailVerified: true });
      const again = await t.http.post('/api/auth/verify-email').send({ token }).expect(400);
      expect(again.body.code).toBe('INVALID_LINK');
      // Stored as a hash only.
      const stored: { token_hash: string }[] = await t.db.query(
        `SELECT token_hash FROM email_links WHERE user_id = $1`,
        [person.id],
      );
      expect(stored.map((r) => r.token_hash)).not.toContain(token);
    });

    it('sends a new link on request, and the earlier one stops working; nothing once verified', async () => {
      const email = addressAt('keino.example');
      const person = await registerAndSignIn(t, email);
      const first = await emailedToken(t, admin, email, 'verify-email');
      await t.http.post('/api/auth/email-verification').set(auth(person)).expect(202);
      const second = await emailedToken(t, admin, email, 'verify-email');
      expect(second).not.toBe(first);
      await t.http.post('/api/auth/verify-email').send({ token: first }).expect(400);
      await t.http.post('/api/auth/verify-email').send({ token: second }).expect(200);
      const before = (await emailsTo(t, admin, email)).length;
      await t.http.post('/api/auth/email-verification').set(auth(person)).expect(202);
      expect((await emailsTo(t, admin, email)).length).toBe(before);
      await t.http.post('/api/auth/email-verification').expect(401);
    });

    it('refuses an expired link (48 hours) and an unknown one', async () => {
      const email = addressAt('keino.example');
      const person = await registerAndSignIn(t, email);
      const token = await emailedToken(t, admin, email, 'verify-email');
      const [{ hours }] = await t.db.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM email_links WHERE user_id = $1`,
        [person.id],
      );
      expect(Number(hours)).toBe(48);
      await t.db.query(`UPDATE email_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        person.id,
      ]);
      expect((await t.http.post('/api/auth/verify-email').send({ token }).expect(400)).body.code).toBe(
        'INVALID_LINK',
      );
      await t.http
        .post('/api/auth/verify-email')
        .send({ token: 'x'.repeat(43) })
        .expect(400);
      const me = await t.http.get('/api/auth/me').set(auth(person)).expect(200);
      expect(me.body.emailVerified).toBe(false);
    });
  });

  describe('password reset', () => {
    it('answers the same for an unknown address, and mails nothing', async () => {
      const unknown = addressAt('keino.example');
      const res = await t.http.post('/api/auth/password-reset').send({ email: unknown }).expect(202);
      expect(res.text).toBe('');
      const known = await registerAndSignIn(t, addressAt('keino.example'));
      const same = await t.http.post('/api/auth/password-reset').send({ email: known.email }).expect(202);
      expect({ text: same.text, type: same.headers['content-type'] }).toEqual({
        text: res.text,
        type: res.headers['content-type'],
      });
      await emailedToken(t, admin, known.email, 'reset-password');
      expect(await emailsTo(t, admin, unknown)).toEqual([]);
    });

    it('sets the new password once with the link, ends every session and proves the address', async () => {
      const email = addressAt('keino.example');
      const person = await registerAndSignIn(t, email);
      const session = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
      await t.http.post('/api/auth/password-reset').send({ email: email.toUpperCase() }).expect(202);
      const token = await emailedToken(t, admin, email, 'reset-password');
      const [mail] = (await emailsTo(t, admin, email)).filter((m) => m.body.includes('/reset-password?'));
      expect(mail.subject).toBe('Salasanan vaihtaminen');
      await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'lyhyt' }).expect(400);
      await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: NEW_PASSWORD })
        .expect(204);
      const reused = await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'kolmas salasana 2026' })
        .expect(400);
      expect(reused.body.code).toBe('INVALID_LINK');
      // Every session ended: neither the refresh token nor an access token handed out before works.
      await t.http.post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').set(auth(person)).expect(401);
      await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
      const fresh = await signIn(t, email, NEW_PASSWORD);
      const me = await t.http.get('/api/auth/me').set(auth(fresh)).expect(200);
      expect(me.body).toMatchObject({ id: person.id, emailVerified: true });
    });

    it('refuses an expired link (1 hour), and sends at most three links an hour to one account, even at once', async () => {
      const email = addressAt('keino.example');
      const person = await registerAndSignIn(t, email);
      await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
      const token = await emailedToken(t, admin, email, 'reset-password');
      const [{ minutes }] = await t.db.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60) AS minutes
         FROM email_links WHERE user_id = $1 AND purpose = 'reset_password'`,
        [person.id],
      );
      expect(Number(minutes)).toBe(60);
      await t.db.query(
        `UPDATE email_links SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'reset_password'`,
        [person.id],
      );
      await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: NEW_PASSWORD })
        .expect(400);
      // Four at once: the limit holds however the requests interleave.
      await Promise.all(
        [1, 2, 3, 4].map(() => t.http.post('/api/auth/password-reset').send({ email }).expect(202)),
      );
      // Written after the answer: wait until the third is there, then for any fourth.
      for (let i = 0; i < 100; i++) {
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM email_links WHERE user_id = $1 AND purpose = 'reset_password'`,
          [person.id],
        );
        if (n >= 3) break;
        await new Promise((r) => setTimeout(r, 30));
      }
      await new Promise((r) => setTimeout(r, 300));
      const resets = (await emailsTo(t, admin, email)).filter((m) => m.body.includes('/reset-password?'));
      expect(resets).toHaveLength(3);
    });
  });
});

describe('password reset, throttled per address', () => {
  it('answers 429 past the per-address limit', async () => {
    const t = await startTestApp({ ...APP_ENV, LOGIN_LIMIT_PER_ADDRESS: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await t.http.post('/api/auth/password-reset').send({ email: addressAt('keino.example') })).status,
        );
      }
      expect(statuses).toEqual([202, 202, 202, 429]);
    } finally {
      await t.close();
    }
  });
});
