import { randomUUID } from 'node:crypto';

import {
  Actor,
  auth,
  createCase,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
} from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

const PASSWORD = 'pitkä salasana 12';

/**
 * Fault 9 of issue 12: an access token stops working as soon as its person is erased, their roles change or their
 * session ends, not when it expires (up to 15 minutes later).
 */
describe('access tokens refused at once', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
  });
  afterAll(() => t.close());

  const register = async () => {
    const email = `peruttu-${randomUUID()}@keino.example`;
    await t.http
      .post('/api/auth/register')
      .send({ email, password: PASSWORD, fullName: 'Peruttava Henkilö', locale: 'fi' })
      .expect(201);
    return email;
  };
  const login = async (email: string, userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0') => {
    const res = await t.http
      .post('/api/auth/login')
      .set('user-agent', userAgent)
      .send({ email, password: PASSWORD })
      .expect(200);
    return {
      id: res.body.user.id as string,
      token: res.body.accessToken as string,
      refreshToken: res.body.refreshToken as string,
      email,
    };
  };

  it('refuses an erased person’s token at once: no enrolment, no comment', async () => {
    const org = await createOrganization(t, admin);
    const course = await createPublishedCourse(t, trainer);
    const cohort = await createCohort(t, admin, course.id);
    const author = await createUser(t, admin, { organizationId: org.id });
    const published = await createCase(t, author, {}, { publish: true });
    const person = await login(await register());
    // The token works, and this process now knows the person's version (the check after this is a Map lookup).
    await t.http.get('/api/auth/me').set(auth(person)).expect(200);

    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);

    const enrol = await t.http.post(`/api/cohorts/${cohort.id}/enrollments`).set(auth(person)).send({});
    expect({ status: enrol.status, code: enrol.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const comment = await t.http
      .post(`/api/cases/${published.id}/comments`)
      .set(auth(person))
      .send({ body: 'Kirjoitettu poistamisen jälkeen' });
    expect(comment.status).toBe(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: person.refreshToken }).expect(401);
    const [{ n }] = await t.db.query(
      `SELECT (SELECT count(*) FROM enrollments WHERE user_id = $1)::int
            + (SELECT count(*) FROM case_comments WHERE author_id = $1)::int AS n`,
      [person.id],
    );
    expect(n).toBe(0);
  });

  it('refuses the token of a person whose roles changed; a refresh brings the new roles', async () => {
    const person = await login(await register());
    await t.http
      .post('/api/courses')
      .set(auth(person))
      .send({ title: 'Ei', summary: '', language: 'fi' })
      .expect(403);
    await t.http
      .patch(`/api/users/${person.id}`)
      .set(auth(admin))
      .send({ roles: ['participant', 'trainer'] })
      .expect(200);
    await t.http.get('/api/auth/me').set(auth(person)).expect(401);
    const fresh = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: person.refreshToken })
      .expect(200);
    await t.http
      .post('/api/courses')
      .set('Authorization', `Bearer ${fresh.body.accessToken}`)
      .send({ title: 'Uusi kurssi', summary: '', language: 'fi' })
      .expect(201);
    // A change that leaves the roles as they were refuses nothing.
    await t.http
      .patch(`/api/users/${person.id}`)
      .set(auth(admin))
      .send({ regions: ['06'] })
      .expect(200);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${fresh.body.accessToken}`).expect(200);
  });

  it('refuses the token of an ended session; another session carries on after a refresh', async () => {
    const email = await register();
    const laptop = await login(email);
    const phone = await login(
      email,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1',
    );
    const sessions = await t.http.get('/api/auth/sessions').set(auth(laptop)).expect(200);
    const phoneSession = sessions.body.items.find((s: { current: boolean }) => !s.current);
    expect(phoneSession).toMatchObject({ device: 'Safari on iPhone' });

    await t.http.delete(`/api/auth/sessions/${phoneSession.id}`).set(auth(laptop)).expect(204);

    await t.http.get('/api/auth/me').set(auth(phone)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
    // The laptop's access token went too (one version per person), but its session refreshes and carries on.
    await t.http.get('/api/auth/me').set(auth(laptop)).expect(401);
    const again = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: laptop.refreshToken })
      .expect(200);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${again.body.accessToken}`).expect(200);
  });

  it('refuses every access token after a password change, and the new pair works', async () => {
    const email = await register();
    const other = await login(email);
    const here = await login(email);
    const changed = await t.http
      .post('/api/auth/password')
      .set(auth(here))
      .send({ currentPassword: PASSWORD, newPassword: 'toinen pitkä salasana' })
      .expect(200);
    await t.http.get('/api/auth/me').set(auth(other)).expect(401);
    await t.http.get('/api/auth/me').set(auth(here)).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
  });

  it('refuses a token of the format before sessions (no session, no version)', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const person = await login(await register());
    const old = await t.app.get(JwtService).signAsync({ sub: person.id, roles: ['participant'] });
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${old}`).expect(401);
  });
});
