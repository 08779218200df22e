import { LOCALES, type CohortResponse, type CourseDetailResponse } from '@keino/contracts';
import { SMTPServer } from 'smtp-server';

import { Actor, auth, createCohort, createUser, enrol } from './index';
import type { TestApp } from '../setup/test-app';
import { renderAccountEmail } from '../../src/accounts/email-links/account-emails';
import { helsinkiToday } from '../../src/notifications/notifications.service';

/** `YYYY-MM-DD` plus days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ReminderWorld {
  today: string;
  course: CourseDetailResponse;
  cohort: CohortResponse;
  /** Enrolled, active, behind: every scheduled kind reaches them. `fi` and `sv`. */
  finn: Actor;
  swede: Actor;
}

/**
 * A cohort that has, today, one of each scheduled reminder: its second module opens today, its workshop starts
 * tomorrow at 10:00 Finnish time, and it ends in two weeks while both participants have done nothing.
 */
export async function reminderWorld(t: TestApp, admin: Actor): Promise<ReminderWorld> {
  const today = helsinkiToday();
  const trainer = await createUser(t, admin, { roles: ['trainer'] });
  const course = await t.http
    .post('/api/courses')
    .set(auth(trainer))
    .send({ title: 'Reminder course', summary: 'For reminders', language: 'en' })
    .expect(201);
  const m1 = await t.http
    .post(`/api/courses/${course.body.id}/modules`)
    .set(auth(trainer))
    .send({ title: 'Basics' })
    .expect(201);
  const m2 = await t.http
    .post(`/api/courses/${course.body.id}/modules`)
    .set(auth(trainer))
    .send({ title: 'Market dialogue' })
    .expect(201);
  await t.http
    .post(`/api/modules/${m1.body.id}/activities`)
    .set(auth(trainer))
    .send({ kind: 'page', title: 'Read this', required: true })
    .expect(201);
  // 10:00 in Helsinki tomorrow is 08:00 UTC in winter and 07:00 in summer; either way the same Finnish day.
  await t.http
    .post(`/api/modules/${m1.body.id}/activities`)
    .set(auth(trainer))
    .send({
      kind: 'workshop',
      title: 'Kick-off workshop',
      required: false,
      startsAt: `${addDays(today, 1)}T08:00:00Z`,
      location: 'Pasila',
    })
    .expect(201);
  await t.http
    .post(`/api/modules/${m2.body.id}/activities`)
    .set(auth(trainer))
    .send({ kind: 'page', title: 'Dialogue', required: true })
    .expect(201);
  await t.http.post(`/api/courses/${course.body.id}/publish`).set(auth(trainer)).expect(201);
  const detail = (await t.http.get(`/api/courses/${course.body.id}`).set(auth(trainer)).expect(200))
    .body as CourseDetailResponse;
  const cohort = await createCohort(t, admin, course.body.id, {
    name: `Reminder cohort ${Math.random().toString(36).slice(2, 7)}`,
    startsOn: addDays(today, -30),
    endsOn: addDays(today, 14),
    trainerIds: [trainer.id],
  });
  await t.http
    .patch(`/api/cohorts/${cohort.id}`)
    .set(auth(admin))
    .send({ moduleReleases: [{ moduleId: m2.body.id, releasesOn: today }] })
    .expect(200);
  const finn = await createUser(t, admin, { fullName: 'Fiia Finn' });
  const swede = await createUser(t, admin, { fullName: 'Sven Swede' });
  await t.http.patch('/api/auth/me').set(auth(swede)).send({ locale: 'sv' }).expect(200);
  await enrol(t, admin, cohort.id, finn.id);
  await enrol(t, admin, cohort.id, swede.id);
  return { today, course: detail, cohort, finn, swede };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) of a header. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  raw: string;
}

// What registration mails everyone (createUser registers): the link to verify the address.
const LINK_SUBJECTS = new Set(
  LOCALES.map((l) => renderAccountEmail('verify_email', l, { link: '' }).subject),
);

/** The mails that carry notifications, leaving out the verification link each new account is sent. */
export const notificationMails = (received: ReceivedMail[]): ReceivedMail[] =>
  received.filter((m) => !LINK_SUBJECTS.has(m.subject));

/** A local SMTP server that keeps what it receives. */
export async function startMailServer(): Promise<{
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
        const subject = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeHeader(subject),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` passes (events are handled after the request that caused them answers). */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
