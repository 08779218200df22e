import { auth, createCohort, createPublishedCourse, enrol, type Actor } from '../../../test/factories';
import { startSuite } from '../../../test/setup/suite';
import type { TestApp } from '../../../test/setup/test-app';

describe('Cache-Control on /api answers', () => {
  let t: TestApp;
  let admin: Actor;
  let participant: Actor;
  let cohortId: string;
  let enrollmentId: string;

  beforeAll(async () => {
    ({ t, admin, participant } = await startSuite({ users: { participant: 'participant' } }));
    const course = await createPublishedCourse(t, admin);
    cohortId = (await createCohort(t, admin, course.id)).id;
    enrollmentId = (await enrol(t, participant, cohortId)).id;
  });
  afterAll(() => t.close());

  it('answers no-store on every answer that carries personal data', async () => {
    const answers = [
      ['/api/auth/me', participant],
      ['/api/auth/me/data', participant],
      [`/api/cohorts/${cohortId}/report`, admin],
      [`/api/enrollments/${enrollmentId}/progress`, participant],
      ['/api/users', admin],
    ] as const;
    for (const [url, actor] of answers) {
      const res = await t.http.get(url).set(auth(actor)).expect(200);
      expect({ url, cacheControl: res.headers['cache-control'] }).toEqual({ url, cacheControl: 'no-store' });
    }
  });

  it('answers no-store on sign-in tokens and on refused calls', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: participant.email, password: 'nope' });
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await t.http.get('/api/auth/me').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('does not force no-store on public reads that are the same for everyone', async () => {
    for (const url of ['/api/organizations/directory', '/api/docs-json']) {
      const res = await t.http.get(url).expect(200);
      expect({ url, cacheControl: res.headers['cache-control'] }).toEqual({ url, cacheControl: undefined });
    }
    // Health says its own (never cache a liveness answer); the hook leaves it as it is.
    const health = await t.http.get('/api/health').expect(200);
    expect(health.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
  });
});
