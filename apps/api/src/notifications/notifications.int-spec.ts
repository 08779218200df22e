import { EventEmitter2 } from '@nestjs/event-emitter';
import type { NotificationListResponse } from '@keino/contracts';

import { ASSIGNMENT_REVIEWED, AssignmentReviewedEvent } from '../assignments/assignment.events';
import { ENROLLMENT_STATUS_CHANGED } from '../enrollments/enrollment.events';
import { Actor, auth, createCohort, createUser, enrol } from '../../test/factories';
import {
  addDays,
  eventually,
  ReceivedMail,
  reminderWorld,
  notificationMails,
  ReminderWorld,
  startMailServer,
} from '../../test/factories/reminders';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

interface CountRow {
  user_id: string;
  kind: string;
  notifications: number;
  emails: number;
}

/** Notifications and emails per person and kind, for the people given. */
async function counts(t: TestApp, userIds: string[]): Promise<CountRow[]> {
  return t.db.query(
    `SELECT n.user_id, n.kind, count(DISTINCT n.id)::int AS notifications, count(m.id)::int AS emails
     FROM notifications n LEFT JOIN email_messages m ON m.notification_id = n.id
     WHERE n.user_id = ANY($1::uuid[])
     GROUP BY n.user_id, n.kind ORDER BY n.kind, n.user_id`,
    [userIds],
  );
}

const SCHEDULED = ['cohort_ending', 'module_released', 'workshop_tomorrow'];

describe('notifications and reminders without a mail server (outbox)', () => {
  let t: TestApp;
  let admin: Actor;
  let world: ReminderWorld;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    world = await reminderWorld(t, admin);
  });
  afterAll(() => t.close());

  it('sends each scheduled reminder exactly once per recipient when the scan runs twice', async () => {
    const first = await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    expect(first.body.day).toBe(world.today);
    const second = await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    // The second run finds every key taken (the first, or the start-up check, wrote them).
    expect(second.body.created).toEqual({
      module_released: 0,
      workshop_tomorrow: 0,
      cohort_ending: 0,
      follow_up_open: 0,
    });
    const rows = await counts(t, [world.finn.id, world.swede.id]);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(SCHEDULED));
    for (const row of rows) expect(row).toMatchObject({ notifications: 1, emails: 1 });
  });

  it('announces a workshop at the cohort’s own time and place, not the course’s', async () => {
    const workshop = world.course.modules[0].activities[1];
    const cohortWith = async (startsAt: string, location?: string) => {
      const cohort = await createCohort(t, admin, world.course.id, {
        startsOn: addDays(world.today, -30),
        endsOn: addDays(world.today, 60),
      });
      await t.http
        .patch(`/api/cohorts/${cohort.id}`)
        .set(auth(admin))
        .send({ workshops: [{ activityId: workshop.id, startsAt, ...(location ? { location } : {}) }] })
        .expect(200);
      const participant = await createUser(t, admin);
      await enrol(t, participant, cohort.id);
      return participant;
    };
    const movedAway = await cohortWith(`${addDays(world.today, 3)}T08:00:00Z`);
    const movedToOulu = await cohortWith(`${addDays(world.today, 1)}T10:00:00Z`, 'Oulu');
    await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    const kinds = async (actor: Actor) =>
      (
        (await t.http.get('/api/me/notifications').set(auth(actor)).expect(200))
          .body as NotificationListResponse
      ).items
        .filter((n) => n.kind === 'workshop_tomorrow')
        .map((n) => n.payload);
    expect(await kinds(movedAway)).toEqual([]);
    expect(await kinds(movedToOulu)).toEqual([
      expect.objectContaining({ location: 'Oulu', startsAt: expect.stringContaining('T10:00:00') }),
    ]);
  });

  it('lists the caller’s own notifications, newest first, with the unread count and the texts’ facts', async () => {
    const res = await t.http.get('/api/me/notifications').set(auth(world.finn)).expect(200);
    const body = res.body as NotificationListResponse;
    expect(body.total).toBe(3);
    expect(body.unread).toBe(3);
    const workshop = body.items.find((n) => n.kind === 'workshop_tomorrow');
    expect(workshop?.payload).toMatchObject({
      cohortId: world.cohort.id,
      cohortName: world.cohort.name,
      activityTitle: 'Kick-off workshop',
      location: 'Pasila',
    });
    const ending = body.items.find((n) => n.kind === 'cohort_ending');
    // Module 1 (open since the start) and module 2 (opened today) each hold one required page, none done.
    expect(ending?.payload).toMatchObject({ completedRequired: 0, expectedRequired: 2 });
    const released = body.items.find((n) => n.kind === 'module_released');
    expect(released?.payload).toMatchObject({ moduleTitle: 'Market dialogue', date: world.today });
  });

  it('marks one read, then all, and the unread count follows', async () => {
    const list = (await t.http.get('/api/me/notifications').set(auth(world.finn)))
      .body as NotificationListResponse;
    const read = await t.http
      .post(`/api/me/notifications/${list.items[0].id}/read`)
      .set(auth(world.finn))
      .expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await t.http.get('/api/me/notifications').set(auth(world.finn))).body.unread).toBe(2);
    const all = await t.http.post('/api/me/notifications/read-all').set(auth(world.finn)).expect(200);
    expect(all.body).toEqual({ updated: 2 });
    expect((await t.http.get('/api/me/notifications').set(auth(world.finn))).body.unread).toBe(0);
    // The Swede's stay unread.
    expect((await t.http.get('/api/me/notifications').set(auth(world.swede))).body.unread).toBe(3);
  });

  it('answers 404 for another person’s notification, and changes nothing', async () => {
    const theirs = (await t.http.get('/api/me/notifications').set(auth(world.swede)))
      .body as NotificationListResponse;
    const res = await t.http
      .post(`/api/me/notifications/${theirs.items[0].id}/read`)
      .set(auth(world.finn))
      .expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect((await t.http.get('/api/me/notifications').set(auth(world.swede))).body.unread).toBe(3);
  });

  it('keeps the emails in the outbox, in each recipient’s language, for admins to read', async () => {
    const res = await t.http.get('/api/admin/outbox?status=outbox&limit=200').set(auth(admin)).expect(200);
    // Notifications' emails (each new account was also sent a verification link, which is no notification).
    const notices = res.body.items.filter(
      (m: { notificationId: string | null }) => m.notificationId !== null,
    );
    const toSwede = notices.filter((m: { toAddress: string }) => m.toAddress === world.swede.email);
    const toFinn = notices.filter((m: { toAddress: string }) => m.toAddress === world.finn.email);
    expect(toSwede.map((m: { subject: string }) => m.subject).sort()).toEqual([
      'En ny modul har öppnats: Market dialogue',
      'Två veckor kvar: ' + world.cohort.name,
      'Workshop i morgon: Kick-off workshop',
    ]);
    expect(toFinn.map((m: { subject: string }) => m.subject).sort()).toEqual([
      'Kaksi viikkoa jäljellä: ' + world.cohort.name,
      'Työpaja huomenna: Kick-off workshop',
      'Uusi moduuli avautui: Market dialogue',
    ]);
    expect(
      toSwede.every(
        (m: { status: string; body: string }) =>
          m.status === 'outbox' && m.body.startsWith('Hej Sven Swede,'),
      ),
    ).toBe(true);
    const sent = await t.http.get('/api/admin/outbox?status=sent').set(auth(admin)).expect(200);
    expect(sent.body.total).toBe(0);
    const isNotice = (m: { notificationId: string | null }) => m.notificationId !== null;
    // Admins find one person's mail by (part of) the address, or a kind of mail by its subject.
    const swedes = await t.http
      .get('/api/admin/outbox')
      .query({ q: world.swede.email.toUpperCase() })
      .set(auth(admin))
      .expect(200);
    expect(swedes.body.items.filter(isNotice).map((m: { toAddress: string }) => m.toAddress)).toEqual([
      world.swede.email,
      world.swede.email,
      world.swede.email,
    ]);
    const workshops = await t.http
      .get('/api/admin/outbox')
      .query({ q: 'Kick-off workshop', limit: 200 })
      .set(auth(admin))
      .expect(200);
    expect(workshops.body.total).toBeGreaterThanOrEqual(2);
    // A % or _ is a character to look for, not a wildcard.
    const literal = await t.http.get('/api/admin/outbox').query({ q: '%' }).set(auth(admin)).expect(200);
    expect(literal.body.total).toBe(0);
  });

  it('refuses the outbox and the run to everyone but admins', async () => {
    const outbox = await t.http.get('/api/admin/outbox').set(auth(world.finn)).expect(403);
    expect(outbox.body.code).toBeDefined();
    await t.http.post('/api/admin/reminders/run').set(auth(world.finn)).expect(403);
    await t.http.get('/api/admin/outbox?status=lost').set(auth(admin)).expect(400);
  });

  it('tells of an approval, a waitlisting and a promotion once each, even when an event arrives twice', async () => {
    const cohort = await createCohort(t, admin, world.course.id, { capacity: 1, approvalRequired: true });
    const first = await createUser(t, admin);
    const second = await createUser(t, admin);
    const e1 = await t.http.post(`/api/cohorts/${cohort.id}/enrollments`).set(auth(first)).expect(201);
    const e2 = await t.http.post(`/api/cohorts/${cohort.id}/enrollments`).set(auth(second)).expect(201);
    await t.http
      .patch(`/api/enrollments/${e1.body.id}`)
      .set(auth(admin))
      .send({ status: 'active' })
      .expect(200);
    const full = await t.http
      .patch(`/api/enrollments/${e2.body.id}`)
      .set(auth(admin))
      .send({ status: 'active' })
      .expect(200);
    expect(full.body.status).toBe('waitlisted');
    await t.http
      .patch(`/api/enrollments/${e1.body.id}`)
      .set(auth(first))
      .send({ status: 'withdrawn' })
      .expect(200);
    const expected = [
      { user_id: first.id, kind: 'enrollment_approved', notifications: 1, emails: 1 },
      { user_id: second.id, kind: 'enrollment_promoted', notifications: 1, emails: 1 },
      { user_id: second.id, kind: 'enrollment_waitlisted', notifications: 1, emails: 1 },
    ];
    await eventually(async () => expect(await counts(t, [first.id, second.id])).toEqual(expected));
    // The same events once more: nothing new.
    const events = t.app.get(EventEmitter2);
    await events.emitAsync(ENROLLMENT_STATUS_CHANGED, {
      enrollmentId: e1.body.id,
      cohortId: cohort.id,
      userId: first.id,
      from: 'pending',
      to: 'active',
    });
    await events.emitAsync(ENROLLMENT_STATUS_CHANGED, {
      enrollmentId: e2.body.id,
      cohortId: cohort.id,
      userId: second.id,
      from: 'waitlisted',
      to: 'active',
    });
    expect(await counts(t, [first.id, second.id])).toEqual(expected);
    // A self-enrolment straight to active tells nothing.
    const third = await createUser(t, admin);
    const open = await createCohort(t, admin, world.course.id);
    await t.http.post(`/api/cohorts/${open.id}/enrollments`).set(auth(third)).expect(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(await counts(t, [third.id])).toEqual([]);
  });

  it('tells the team of a review once per submission and decision, even when the event arrives twice', async () => {
    const workshop = world.course.modules[0].activities[1];
    const event: AssignmentReviewedEvent = {
      submissionId: '2b0c3c8e-4f0a-4d43-9d51-5d3c0e7f9a11',
      cohortId: world.cohort.id,
      organizationId: '5b0c3c8e-4f0a-4d43-9d51-5d3c0e7f9a11',
      activityId: workshop.id,
      decision: 'revision_requested',
      reviewerId: admin.id,
      memberUserIds: [world.finn.id, world.swede.id],
      version: 1,
    };
    const events = t.app.get(EventEmitter2);
    await events.emitAsync(ASSIGNMENT_REVIEWED, event);
    await events.emitAsync(ASSIGNMENT_REVIEWED, event);
    // The team revises: version 2 is reviewed again (twice over), then approved as version 3.
    await events.emitAsync(ASSIGNMENT_REVIEWED, { ...event, version: 2 });
    await events.emitAsync(ASSIGNMENT_REVIEWED, { ...event, version: 2 });
    await events.emitAsync(ASSIGNMENT_REVIEWED, { ...event, version: 3, decision: 'approved' });
    await events.emitAsync(ASSIGNMENT_REVIEWED, { ...event, version: 3, decision: 'approved' });
    // Someone outside the cohort named as a member is told nothing.
    const stranger = await createUser(t, admin);
    await events.emitAsync(ASSIGNMENT_REVIEWED, { ...event, memberUserIds: [stranger.id], version: 4 });
    expect(await counts(t, [stranger.id])).toEqual([]);
    const rows = (await counts(t, [world.finn.id, world.swede.id])).filter((r) =>
      ['revision_requested', 'assignment_approved'].includes(r.kind),
    );
    expect(rows).toEqual([
      { user_id: expect.any(String), kind: 'assignment_approved', notifications: 1, emails: 1 },
      { user_id: expect.any(String), kind: 'assignment_approved', notifications: 1, emails: 1 },
      // For version 1 and for version 2.
      { user_id: expect.any(String), kind: 'revision_requested', notifications: 2, emails: 2 },
      { user_id: expect.any(String), kind: 'revision_requested', notifications: 2, emails: 2 },
    ]);
    const mine = (await t.http.get('/api/me/notifications').set(auth(world.finn)))
      .body as NotificationListResponse;
    expect(mine.items.find((n) => n.kind === 'revision_requested')?.payload).toMatchObject({
      activityTitle: 'Kick-off workshop',
      submissionId: event.submissionId,
    });
  });

  it('puts the person’s notifications and emails in their data export, and erasure removes them', async () => {
    const data = await t.http.get('/api/auth/me/data').set(auth(world.swede)).expect(200);
    expect(data.body.notifications.length).toBeGreaterThanOrEqual(3);
    expect(data.body.emails.map((m: { subject: string }) => m.subject)).toContain(
      'Workshop i morgon: Kick-off workshop',
    );
    await t.http.delete(`/api/users/${world.swede.id}`).set(auth(admin)).expect(204);
    const left = await t.db.query(
      `SELECT (SELECT count(*) FROM notifications WHERE user_id = $1)::int AS n,
              (SELECT count(*) FROM email_messages WHERE user_id = $1 OR to_address = $2)::int AS m`,
      [world.swede.id, world.swede.email],
    );
    expect(left[0]).toEqual({ n: 0, m: 0 });
  });
});

describe('reminders over SMTP', () => {
  let t: TestApp;
  let admin: Actor;
  let world: ReminderWorld;
  let mail: Awaited<ReturnType<typeof startMailServer>>;

  beforeAll(async () => {
    mail = await startMailServer();
    ({ t, admin } = await startSuite({ env: { SMTP_URL: mail.url } }));
    world = await reminderWorld(t, admin);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('delivers exactly one message per recipient and reminder, in the recipient’s language', async () => {
    await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    await t.http.post('/api/admin/reminders/run').set(auth(admin)).expect(200);
    const mine = (who: Actor) =>
      notificationMails(mail.received)
        .filter((m: ReceivedMail) => m.to.includes(who.email))
        .map((m) => m.subject)
        .sort();
    await eventually(async () => expect(mine(world.swede)).toHaveLength(3));
    expect(mine(world.swede)).toEqual([
      'En ny modul har öppnats: Market dialogue',
      'Två veckor kvar: ' + world.cohort.name,
      'Workshop i morgon: Kick-off workshop',
    ]);
    expect(mine(world.finn)).toEqual([
      'Kaksi viikkoa jäljellä: ' + world.cohort.name,
      'Työpaja huomenna: Kick-off workshop',
      'Uusi moduuli avautui: Market dialogue',
    ]);
    const sent = await t.http.get('/api/admin/outbox?status=sent&limit=200').set(auth(admin)).expect(200);
    const ours = sent.body.items.filter(
      (m: { toAddress: string; notificationId: string | null }) =>
        m.notificationId !== null && [world.finn.email, world.swede.email].includes(m.toAddress),
    );
    expect(ours).toHaveLength(6);
    expect(ours.every((m: { attempts: number; sentAt: string | null }) => m.attempts === 1 && m.sentAt)).toBe(
      true,
    );
  });
});
