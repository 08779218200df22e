import type { AuditEventResponse } from '@keino/contracts';

import { Actor, auth, createCohort, createPublishedCourse, createUser, enrol } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('audit log over HTTP', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
  });
  afterAll(() => t.close());

  const events = async (query: string): Promise<AuditEventResponse[]> =>
    (await t.http.get(`/api/audit-events?${query}`).set(auth(admin)).expect(200)).body.items;

  it('names the actor and the subject of each kind of event, newest first', async () => {
    const trainer = await createUser(t, admin, { roles: ['trainer'], fullName: 'Kaisa Kouluttaja' });
    const course = await createPublishedCourse(t, trainer);
    const cohort = await createCohort(t, admin, course.id, { name: 'Syksyn toteutus' });
    const learner = await createUser(t, admin, { fullName: 'Olli Osallistuja' });
    const enrollment = await enrol(t, learner, cohort.id);

    const [roles] = await events(`subjectId=${trainer.id}`);
    expect(roles).toMatchObject({
      action: 'user.roles_changed',
      actorName: expect.any(String),
      subjectName: 'Kaisa Kouluttaja',
      cohortName: null,
    });
    const [published] = await events(`subjectId=${course.id}`);
    expect(published).toMatchObject({
      action: 'course.published',
      actorName: 'Kaisa Kouluttaja',
      subjectName: course.title,
      cohortName: null,
    });
    const [enrolled] = await events(`subjectId=${enrollment.id}`);
    expect(enrolled).toMatchObject({
      action: 'enrollment.status_changed',
      actorName: 'Olli Osallistuja',
      subjectName: 'Olli Osallistuja',
      cohortName: 'Syksyn toteutus',
    });
    const byAction = await events('action=course.published&limit=200');
    expect(byAction.every((e) => e.action === 'course.published')).toBe(true);
    expect(byAction.map((e) => e.subjectId)).toContain(course.id);
  });

  it('counts every matching event whatever the page', async () => {
    const user = await createUser(t, admin);
    for (const roles of [['trainer'], ['participant'], ['coordinator']]) {
      await t.http.patch(`/api/users/${user.id}`).set(auth(admin)).send({ roles }).expect(200);
    }
    const page = await t.http
      .get(`/api/audit-events?subjectId=${user.id}&limit=2&offset=1`)
      .set(auth(admin))
      .expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((e: AuditEventResponse) => e.details['to'])).toEqual([
      ['participant'],
      ['trainer'],
    ]);
  });
});
