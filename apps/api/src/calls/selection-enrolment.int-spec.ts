import type { EmailMessageResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
} from '../../test/factories';
import { createCall, submittedApplication } from '../../test/factories/calls';
import { emailedToken, emailsTo, PASSWORD } from '../../test/factories/memberships';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

async function poll<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = await read();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('it never came');
}

describe('accepting an application', () => {
  let t: TestApp;
  let admin: Actor;
  let cohortId: string;
  let orgId: string;
  let applicant: Actor;
  let member: Actor;
  let enrolled: Actor;
  let applicationId: string;
  const newcomer = 'uusi.tiimilainen@kunta.example';
  const late = 'myohassa@kunta.example';

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    const trainer = await createUser(t, admin, { roles: ['trainer'] });
    const course = await createPublishedCourse(t, trainer);
    // A cohort that needs approval: the selection is the approval.
    cohortId = (await createCohort(t, admin, course.id, { approvalRequired: true })).id;
    orgId = (await createOrganization(t, admin, { name: 'Hakijakunta' })).id;
    applicant = await createUser(t, admin, { roles: ['participant', 'coordinator'], organizationId: orgId });
    await t.http.patch('/api/auth/me').set(auth(applicant)).send({ locale: 'sv' }).expect(200);
    member = await createUser(t, admin, { organizationId: orgId });
    enrolled = await createUser(t, admin);
    // Waiting on approval already: an enrolment that stays as it is.
    await t.http.post(`/api/cohorts/${cohortId}/enrollments`).set(auth(enrolled)).send({}).expect(201);
    const call = await createCall(t, admin, cohortId, { title: 'Kevään haku' });
    const app = await submittedApplication(t, applicant, call.id, [
      member.email.toUpperCase(),
      enrolled.email,
      newcomer,
      late,
    ]);
    applicationId = app.id;
    await t.http
      .post(`/api/applications/${applicationId}/decision`)
      .set(auth(admin))
      .send({ decision: 'accepted', message: 'Tervetuloa akatemiaan!' })
      .expect(200);
  }, 180_000);
  afterAll(() => t.close());

  it('enrols the team members who have accounts as active, although the cohort needs approval', async () => {
    const mine = await t.http.get('/api/me/enrollments').set(auth(member)).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ cohortId, status: 'active' })]);
    const waiting = await t.http.get('/api/me/enrollments').set(auth(enrolled)).expect(200);
    expect(waiting.body.items).toEqual([expect.objectContaining({ cohortId, status: 'pending' })]);
    // The applicant was not named in the team: not enrolled.
    expect((await t.http.get('/api/me/enrollments').set(auth(applicant))).body.items).toEqual([]);
  });

  it('tells the organisation’s people in the app and by email, each in their language', async () => {
    const note = await poll(async () => {
      const res = await t.http.get('/api/me/notifications').set(auth(applicant));
      return (res.body.items as { kind: string; payload: { decision: string; message: string } }[]).find(
        (n) => n.kind === 'application_decided',
      );
    });
    expect(note.payload).toMatchObject({
      decision: 'accepted',
      message: 'Tervetuloa akatemiaan!',
      callTitle: 'Kevään haku',
    });
    const sv = await poll(async () =>
      (await emailsTo(t, admin, applicant.email)).find((m) => m.subject.includes('Kevään haku')),
    );
    expect(sv.subject).toBe('Er ansökan har behandlats: Kevään haku');
    expect(sv.body).toContain('ansökan godkändes');
    expect(sv.body).toContain('Meddelande: Tervetuloa akatemiaan!');
    const fi = await poll(async () =>
      (await emailsTo(t, admin, member.email)).find((m) => m.subject.includes('Kevään haku')),
    );
    expect(fi.subject).toBe('Hakemuksenne on käsitelty: Kevään haku');
  });

  it('invites the others by email in the submitter’s language; registering through it enrols them, once', async () => {
    const invitation = await poll(async () =>
      (await emailsTo(t, admin, newcomer)).find((m: EmailMessageResponse) =>
        m.body.includes('invitations/accept'),
      ),
    );
    expect(invitation.subject).toContain('Hakijakunta');
    const token = await emailedToken(t, admin, newcomer, 'invitations/accept');
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: newcomer, password: PASSWORD, fullName: 'Uusi Tiimiläinen', invitationToken: token })
      .expect(201);
    expect(registered.body.organizationId).toBe(orgId);
    const signedIn = await t.http
      .post('/api/auth/login')
      .send({ email: newcomer, password: PASSWORD })
      .expect(200);
    const theirs = await t.http
      .get('/api/me/enrollments')
      .set({ Authorization: `Bearer ${signedIn.body.accessToken}` });
    expect(theirs.body.items).toEqual([expect.objectContaining({ cohortId, status: 'active' })]);
    // The link works once.
    const again = await t.http
      .post('/api/invitations/accept')
      .set({ Authorization: `Bearer ${signedIn.body.accessToken}` })
      .send({ token });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 400, code: 'INVALID_LINK' });
    const seats = await t.http.get(`/api/cohorts/${cohortId}/enrollments?limit=200`).set(auth(admin));
    expect(seats.body.items.filter((e: { userId: string }) => e.userId === registered.body.id)).toHaveLength(
      1,
    );
  });

  it('lets an expired invitation enrol no one', async () => {
    const token = await emailedToken(t, admin, late, 'invitations/accept');
    await t.db.query(
      `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE lower(email) = $1`,
      [late],
    );
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: late, password: PASSWORD, fullName: 'Myöhässä', invitationToken: token })
      .expect(201);
    expect(registered.body.organizationId).toBeNull();
    const signedIn = await t.http
      .post('/api/auth/login')
      .send({ email: late, password: PASSWORD })
      .expect(200);
    const theirs = await t.http
      .get('/api/me/enrollments')
      .set({ Authorization: `Bearer ${signedIn.body.accessToken}` });
    expect(theirs.body.items).toEqual([]);
  });

  it('waitlists a selected member when the cohort is full, as any enrolment would be', async () => {
    const course = await createPublishedCourse(t, await createUser(t, admin, { roles: ['trainer'] }));
    const small = (await createCohort(t, admin, course.id, { capacity: 1 })).id;
    await t.http
      .post(`/api/cohorts/${small}/enrollments`)
      .set(auth(admin))
      .send({ userId: applicant.id })
      .expect(201);
    const full = await createUser(t, admin, { organizationId: orgId });
    const call = await createCall(t, admin, small);
    const app = await submittedApplication(t, member, call.id, [full.email]);
    await t.http
      .post(`/api/applications/${app.id}/decision`)
      .set(auth(admin))
      .send({ decision: 'accepted' })
      .expect(200);
    const theirs = await t.http.get('/api/me/enrollments').set(auth(full)).expect(200);
    expect(theirs.body.items).toEqual([expect.objectContaining({ cohortId: small, status: 'waitlisted' })]);
  });

  it('exports the applications and scores as CSV with formula cells neutralised, and as Excel', async () => {
    const evil = await createOrganization(t, admin, { name: '=HYPERLINK("http://x")' });
    const person = await createUser(t, admin, { organizationId: evil.id });
    const call = await createCall(t, admin, cohortId);
    await submittedApplication(t, person, call.id);
    const csv = await t.http.get(`/api/calls/${call.id}/applications.csv`).set(auth(admin)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toContain('rank,organization,region,kind,status,submittedAt,reviews,score');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    const xlsx = await t.http
      .get(`/api/calls/${call.id}/applications.xlsx`)
      .set(auth(admin))
      .buffer(true)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await t.http.get(`/api/calls/${call.id}/applications.csv`).set(auth(person))).status).toBe(403);
  });
});
