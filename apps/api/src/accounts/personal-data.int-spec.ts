import type { PersonalDataExport } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  signIn,
} from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('profile, password and personal data over HTTP', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
  });
  afterAll(() => t.close());

  async function register(email: string, password = 'alkuperäinen salasana') {
    await t.http.post('/api/auth/register').send({ email, password, fullName: 'Pekka Profiili' }).expect(201);
    return { ...(await signIn(t, email, password)), password };
  }

  it('changes the caller’s own name and language, and nothing else', async () => {
    const me = await register('profiili@keino.example');
    const res = await t.http
      .patch('/api/auth/me')
      .set(auth(me))
      .send({ fullName: '  Pekka Uusinimi ', locale: 'sv' })
      .expect(200);
    expect(res.body).toMatchObject({ fullName: 'Pekka Uusinimi', locale: 'sv', roles: ['participant'] });
    const refused = await t.http
      .patch('/api/auth/me')
      .set(auth(me))
      .send({ roles: ['admin'] })
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    await t.http.patch('/api/auth/me').set(auth(me)).send({ locale: 'de' }).expect(400);
    const after = await t.http.get('/api/auth/me').set(auth(me)).expect(200);
    expect(after.body).toMatchObject({ fullName: 'Pekka Uusinimi', locale: 'sv', roles: ['participant'] });
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const me = await register('salasana@keino.example');
    const other = await t.http
      .post('/api/auth/login')
      .send({ email: me.email, password: me.password })
      .expect(200);

    const wrong = await t.http
      .post('/api/auth/password')
      .set(auth(me))
      .send({ currentPassword: 'väärä salasana', newPassword: 'uusi pitkä salasana' })
      .expect(400);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
    await t.http
      .post('/api/auth/password')
      .set(auth(me))
      .send({ currentPassword: me.password, newPassword: 'lyhyt' })
      .expect(400);

    const changed = await t.http
      .post('/api/auth/password')
      .set(auth(me))
      .send({ currentPassword: me.password, newPassword: 'uusi pitkä salasana' })
      .expect(200);
    expect(changed.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });

    await t.http.post('/api/auth/login').send({ email: me.email, password: me.password }).expect(401);
    await signIn(t, me.email, 'uusi pitkä salasana');
    // The other device's refresh token no longer works; the fresh one does.
    await t.http.post('/api/auth/refresh').send({ refreshToken: other.body.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: changed.body.refreshToken }).expect(200);
  });

  it('exports everything held about the caller and nothing about others', async () => {
    const org = await createOrganization(t, admin, { name: 'Vientikaupunki' });
    const trainer = await createUser(t, admin, { roles: ['trainer'] });
    const course = await createPublishedCourse(t, trainer, { modules: [['page', 'link']] });
    const cohort = await createCohort(t, admin, course.id, { name: 'Vientiryhmä' });
    const me = await createUser(t, admin, { organizationId: org.id, fullName: 'Vilma Vienti' });
    const someoneElse = await createUser(t, admin, { organizationId: org.id });
    const mine = await enrol(t, me, cohort.id);
    await enrol(t, someoneElse, cohort.id);
    const activity = course.modules[0].activities[0];
    await t.http
      .put(`/api/enrollments/${mine.id}/progress/${activity.id}`)
      .set(auth(me))
      .send({ state: 'completed' })
      .expect(200);

    const res = await t.http.get('/api/auth/me/data').set(auth(me)).expect(200);
    const data = res.body as PersonalDataExport;
    expect(data.account).toMatchObject({ id: me.id, email: me.email, fullName: 'Vilma Vienti' });
    expect(data.organization).toEqual({ id: org.id, name: 'Vientikaupunki', businessId: org.businessId });
    expect(data.enrollments).toEqual([
      expect.objectContaining({
        id: mine.id,
        cohortName: 'Vientiryhmä',
        courseTitle: course.title,
        status: 'active',
      }),
    ]);
    expect(data.progress).toEqual([
      expect.objectContaining({
        enrollmentId: mine.id,
        activityId: activity.id,
        activityTitle: activity.title,
        state: 'completed',
      }),
    ]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data).toMatchObject({ casesWritten: [], caseComments: [] });
    expect(JSON.stringify(data)).not.toContain(someoneElse.email);
    expect(JSON.stringify(data)).not.toMatch(/password|token_hash|\$argon2/i);
  });

  it('erases a person: no name, no email, no sign-in, statistics kept; audited; idempotent', async () => {
    const trainer = await createUser(t, admin, { roles: ['trainer'] });
    const course = await createPublishedCourse(t, trainer, { modules: [['page']] });
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
    const person = await register('poistettava@keino.example');
    const enrollment = await enrol(t, person, cohort.id);
    await t.http
      .put(`/api/enrollments/${enrollment.id}/progress/${course.modules[0].activities[0].id}`)
      .set(auth(person))
      .send({ state: 'completed' })
      .expect(200);

    // A comment in the case library speaks in the person's name: it goes with them.
    const org = await createOrganization(t, admin);
    const writer = await createUser(t, admin, { organizationId: org.id });
    const published = await t.http
      .post('/api/cases')
      .set(auth(writer))
      .send({
        title: 'Julkaistu tapaus',
        summary: 'Tiivistelmä',
        purchased: 'Palvelu',
        results: 'Tulokset',
        themes: ['strategy'],
      })
      .expect(201);
    await t.http.post(`/api/cases/${published.body.id}/publish`).set(auth(writer)).expect(201);
    await t.http
      .post(`/api/cases/${published.body.id}/comments`)
      .set(auth(person))
      .send({ body: 'Henkilökohtainen kommentti' })
      .expect(201);
    const exported = await t.http.get('/api/auth/me/data').set(auth(person)).expect(200);
    expect(exported.body.caseComments).toEqual([
      expect.objectContaining({ caseId: published.body.id, body: 'Henkilökohtainen kommentti' }),
    ]);

    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);
    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);
    const comments = await t.http
      .get(`/api/cases/${published.body.id}/comments`)
      .set(auth(writer))
      .expect(200);
    expect(comments.body).toEqual([]);

    await t.http.post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
    const [row] = await t.db.query(`SELECT email, full_name, roles, erased_at FROM users WHERE id = $1`, [
      person.id,
    ]);
    expect(row).toMatchObject({ full_name: '', roles: [], erased_at: expect.any(Date) });
    expect(row.email).not.toContain('poistettava');
    const list = await t.http.get('/api/users?q=poistettava').set(auth(admin)).expect(200);
    expect(list.body.total).toBe(0);

    // The cohort's figures still count the anonymised participant.
    const report = await t.http.get(`/api/cohorts/${cohort.id}/report`).set(auth(admin)).expect(200);
    expect(report.body).toMatchObject({ enrolled: 1, completed: 1 });
    expect(report.body.participants[0].fullName).toBe('');

    const audit = await t.http.get(`/api/audit-events?action=user.erased`).set(auth(admin)).expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ subjectId: person.id, actorId: admin.id })]),
    );
    // The freed address can sign up again as a new person.
    await register('poistettava@keino.example');
  });

  it('exports a person’s assignment comments and uploads; erasure keeps the team’s work without their name', async () => {
    const trainer = await createUser(t, admin, { roles: ['trainer'], fullName: 'Kerttu Kouluttaja' });
    const org = await createOrganization(t, admin);
    const person = await createUser(t, admin, { organizationId: org.id, fullName: 'Elli Erasmus' });
    const mate = await createUser(t, admin, { organizationId: org.id });
    const course = await createPublishedCourse(t, trainer, { modules: [['assignment']] });
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
    const enrollment = await enrol(t, person, cohort.id);
    await enrol(t, mate, cohort.id);
    const { body: submission } = await t.http
      .get(`/api/enrollments/${enrollment.id}/assignments/${course.modules[0].activities[0].id}`)
      .set(auth(person))
      .expect(200);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await t.http
      .post(`/api/assignments/${submission.id}/attachments`)
      .set(auth(person))
      .attach('file', pdf, 'suunnitelma.pdf')
      .expect(201);
    await t.http
      .post(`/api/assignments/${submission.id}/comments`)
      .set(auth(person))
      .send({ body: 'Elli kommentoi' })
      .expect(201);
    await t.http.post(`/api/assignments/${submission.id}/submit`).set(auth(person)).expect(201);
    const exported = (await t.http.get('/api/auth/me/data').set(auth(person)).expect(200))
      .body as PersonalDataExport;
    expect(exported.assignmentComments).toEqual([
      expect.objectContaining({ submissionId: submission.id, body: 'Elli kommentoi', decision: null }),
    ]);
    expect(exported.assignmentUploads).toEqual([
      expect.objectContaining({
        submissionId: submission.id,
        fileName: 'suunnitelma.pdf',
        mediaType: 'application/pdf',
      }),
    ]);

    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);
    const after = (await t.http.get(`/api/assignments/${submission.id}`).set(auth(trainer)).expect(200)).body;
    expect(after.comments).toEqual([]);
    expect(after.attachments).toEqual([
      expect.objectContaining({ fileName: 'suunnitelma.pdf', uploadedByName: null }),
    ]);
    expect(after.versions).toEqual([expect.objectContaining({ version: 1, submittedByName: null })]);
    expect(after.members.map((m: { userId: string }) => m.userId)).toEqual([mate.id]);
  });

  it('refuses to erase oneself or an unknown user', async () => {
    const res = await t.http.delete(`/api/users/${admin.id}`).set(auth(admin)).expect(409);
    expect(res.body.code).toBe('CANNOT_ERASE_SELF');
    await t.http.delete('/api/users/00000000-0000-4000-8000-000000000000').set(auth(admin)).expect(404);
  });
});
