import {
  auth,
  createCase,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  openAssignment,
  signIn,
} from '../../../test/factories';
import {
  addressAt,
  freshDomain,
  organizationWithDomain,
  registerAndSignIn,
} from '../../../test/factories/memberships';
import { startSuite } from '../../../test/setup/suite';
import { PNG } from '../../assignments/testing/sample-files';

/**
 * Issue 12, fault 1: registration took any organizationId and stored it, so a stranger who named Tampere read
 * Tampere's draft procurement case and, enrolled in an open cohort, another team's submission and its files.
 */
describe('a stranger who names an organisation at registration', () => {
  it('gets none of its rights: no draft case, no team submission, no attachment', async () => {
    const { t, admin } = await startSuite();
    try {
      const tampere = await createOrganization(t, admin, { name: 'Tampereen kaupunki' });
      const author = await createUser(t, admin, { organizationId: tampere.id, fullName: 'Tiina Tampere' });
      const teammate = await createUser(t, admin, { organizationId: tampere.id, fullName: 'Teemu Tampere' });
      const draft = await createCase(t, author, { title: 'Tampereen luonnos' });
      const trainer = await createUser(t, admin, { roles: ['trainer'] });
      const course = await createPublishedCourse(t, trainer, { modules: [['assignment']] });
      const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
      const activity = course.modules[0].activities[0].id;
      const mine = await enrol(t, author, cohort.id);
      await enrol(t, teammate, cohort.id);
      const submission = await openAssignment(t, author, mine.id, activity);
      await t.http
        .patch(`/api/assignments/${submission.id}`)
        .set(auth(author))
        .send({ body: '<p>Meidän</p>' })
        .expect(200);
      const file = await t.http
        .post(`/api/assignments/${submission.id}/attachments`)
        .set(auth(author))
        .attach('file', PNG, 'suunnitelma.png')
        .expect(201);

      const registered = await t.http
        .post('/api/auth/register')
        .send({
          email: 'vieras@hyokkaaja.example',
          password: 'vieraan salasana',
          fullName: 'Vieras Hyökkääjä',
          organizationId: tampere.id,
        })
        .expect(201);
      expect(registered.body).toMatchObject({ organizationId: null, pendingOrganizationId: tampere.id });
      const stranger = await signIn(t, 'vieras@hyokkaaja.example', 'vieraan salasana');

      await t.http.get(`/api/cases/${draft.id}`).set(auth(stranger)).expect(404);
      const drafts = await t.http.get('/api/cases?scope=drafts').set(auth(stranger)).expect(200);
      expect(drafts.body.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);

      const theirs = await enrol(t, stranger, cohort.id);
      const own = await t.http
        .get(`/api/enrollments/${theirs.id}/assignments/${activity}`)
        .set(auth(stranger));
      expect(own.status).not.toBe(200);
      await t.http.get(`/api/assignments/${submission.id}`).set(auth(stranger)).expect(404);
      await t.http
        .get(`/api/assignments/${submission.id}/attachments/${file.body.id}`)
        .set(auth(stranger))
        .expect(404);
      // The team is still the two of them.
      const seen = await t.http.get(`/api/assignments/${submission.id}`).set(auth(teammate)).expect(200);
      expect(seen.body.members.map((m: { fullName: string }) => m.fullName).sort()).toEqual([
        'Teemu Tampere',
        'Tiina Tampere',
      ]);
    } finally {
      await t.close();
    }
  });
});

/**
 * The same claim by another way, found in review: the emailed links were in the person's own data export, so whoever
 * registered an address of a verified domain (or one an invitation went to) without reading its mailbox could
 * prove it from there and join.
 */
describe('a person who holds an account of an address they do not read', () => {
  it('finds no usable link in their data export: neither the address proof nor the invitation', async () => {
    const { t, admin } = await startSuite();
    try {
      const domain = freshDomain();
      const organization = await organizationWithDomain(t, admin, domain);
      const squatter = await registerAndSignIn(t, addressAt(domain));
      const invited = await registerAndSignIn(t, addressAt('gmail.example'));
      await t.http
        .post(`/api/organizations/${organization.id}/invitations`)
        .set(auth(admin))
        .send({ email: invited.email })
        .expect(201);

      for (const person of [squatter, invited]) {
        const data = await t.http.get('/api/auth/me/data').set(auth(person)).expect(200);
        const emails = data.body.emails as { body: string }[];
        // The emails are there (they are the person's data), their links' tokens are not.
        expect(emails.length).toBeGreaterThan(0);
        expect(emails.some((m) => m.body.includes('?token=(removed)'))).toBe(true);
        expect(JSON.stringify(data.body)).not.toMatch(/token=[A-Za-z0-9_-]{16,}/);
      }
      const stored = await t.db.query(`SELECT body FROM email_messages WHERE user_id = $1`, [
        squatter.user.id,
      ]);
      // The outbox itself keeps the working link: it is what gets sent.
      expect(JSON.stringify(stored)).toMatch(/verify-email\?token=[A-Za-z0-9_-]{16,}/);
      const me = await t.http.get('/api/auth/me').set(auth(squatter)).expect(200);
      expect(me.body.organizationId).toBeNull();
    } finally {
      await t.close();
    }
  });
});
