import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import request from 'supertest';

import { createApp, RunningApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { Actor, auth } from '../../test/factories';
import {
  eventually,
  notificationMails,
  reminderWorld,
  ReminderWorld,
  startMailServer,
} from '../../test/factories/reminders';
import { startSuite } from '../../test/setup/suite';
import { APP_ENV, TestApp } from '../../test/setup/test-app';
import { ReminderJobsService } from './reminder-jobs.service';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// Two instances share one database, which the embedded PGlite cannot serve: PostgreSQL, as on every machine.
const POSTGRES = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Two API instances on one database and one Redis (one BullMQ prefix, unique to this run): both schedule the daily
 * scan, both run it at once, and each recipient still gets one notification and one email per reminder.
 * Needs a PostgreSQL server (DATABASE_URL, else the machine's own on 127.0.0.1; an embedded database cannot be shared) and Redis.
 */
describe('reminders with two instances on one Redis', () => {
  let first: TestApp;
  let second: RunningApp;
  let admin: Actor;
  let world: ReminderWorld;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  const prefix = `keino-test-${randomUUID()}`;
  const secondDir = mkdtempSync(join(tmpdir(), 'keino-second-'));

  beforeAll(async () => {
    if (!(await redisAnswers())) throw new Error(`This test needs Redis at ${REDIS_URL}`);
    mail = await startMailServer();
    // One signing secret, so a token of one instance is good at the other.
    const env = {
      ...APP_ENV,
      REMINDERS_SCHEDULE: 'true',
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SMTP_URL: mail.url,
      JWT_SECRET: randomUUID().repeat(2),
    };
    ({ t: first, admin } = await startSuite({ env, serverUrl: POSTGRES }));
    const url = (first.db.options as { url: string }).url;
    second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'keino-second-')),
        DATABASE_URL: url,
        ...env,
      }),
      { logger: false },
    );
    world = await reminderWorld(first, admin);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await mail?.close();
    rmSync(secondDir, { recursive: true, force: true });
    // The run's keys go with it.
    const client = new Redis(REDIS_URL);
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
    await client.quit();
  });

  it('sends one notification and one email per recipient and reminder when both instances scan at once', async () => {
    const jobs = [first.app.get(ReminderJobsService), second.app.get(ReminderJobsService)];
    // Both instances run the day's scan at the same moment, twice, and both answer the admin's button.
    const runs = await Promise.all([
      ...jobs.map((j) => j.runScan()),
      ...jobs.map((j) => j.runScan()),
      first.http.post('/api/admin/reminders/run').set(auth(admin)),
      request(second.app.getHttpServer()).post('/api/admin/reminders/run').set(auth(admin)),
    ]);
    const created = runs
      .slice(0, 4)
      .map((r) =>
        'created' in r ? r.created : { module_released: 0, workshop_tomorrow: 0, cohort_ending: 0 },
      );
    const total = (kind: 'module_released' | 'workshop_tomorrow' | 'cohort_ending') =>
      created.reduce((sum, c) => sum + c[kind], 0);
    // At most the two recipients' worth, whoever won (the start-up scan job may have taken some).
    for (const kind of ['module_released', 'workshop_tomorrow', 'cohort_ending'] as const) {
      expect(total(kind)).toBeLessThanOrEqual(2);
    }
    const rows = await first.db.query(
      `SELECT n.user_id, n.kind, count(DISTINCT n.id)::int AS notifications, count(m.id)::int AS emails
       FROM notifications n LEFT JOIN email_messages m ON m.notification_id = n.id
       WHERE n.user_id = ANY($1::uuid[]) GROUP BY n.user_id, n.kind`,
      [[world.finn.id, world.swede.id]],
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).toMatchObject({ notifications: 1, emails: 1 });
    // The emails go out as queue jobs, each through the mail server once.
    const ours = () =>
      notificationMails(mail.received).filter(
        (m) => m.to.includes(world.finn.email) || m.to.includes(world.swede.email),
      );
    await eventually(async () => expect(ours()).toHaveLength(6), 20_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(ours()).toHaveLength(6);
    expect(new Set(ours().map((m) => `${m.to[0]} ${m.subject}`)).size).toBe(6);
    const [{ sent }] = await first.db.query(
      `SELECT count(*)::int AS sent FROM email_messages
       WHERE status = 'sent' AND attempts = 1 AND user_id = ANY($1::uuid[]) AND notification_id IS NOT NULL`,
      [[world.finn.id, world.swede.id]],
    );
    expect(sent).toBe(6);
  });

  it('keeps one daily job scheduler across the instances', async () => {
    const client = new Redis(REDIS_URL);
    try {
      // Both instances upserted it at start (in the background).
      await eventually(async () =>
        expect(await client.zrange(`${prefix}:reminders:repeat`, 0, -1)).toEqual(['daily-reminders']),
      );
    } finally {
      await client.quit();
    }
  });
});

/**
 * Without Redis each process checks a few seconds after start (and hourly) whether it ran the day's scan: an instance
 * started on a database where today's reminders are due creates them, once, without anyone pressing the button.
 */
describe('reminders without Redis', () => {
  let first: TestApp;
  let second: RunningApp | undefined;
  let world: ReminderWorld;
  const secondDir = mkdtempSync(join(tmpdir(), 'keino-second-'));

  beforeAll(async () => {
    const suite = await startSuite({ serverUrl: POSTGRES });
    first = suite.t;
    world = await reminderWorld(first, suite.admin);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    rmSync(secondDir, { recursive: true, force: true });
  });

  it('runs the day’s scan at start', async () => {
    const url = (first.db.options as { url: string }).url;
    second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: secondDir,
        DATABASE_URL: url,
        ...APP_ENV,
        REMINDERS_SCHEDULE: 'true',
      }),
      { logger: false },
    );
    await eventually(async () => {
      const [{ n }] = await first.db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[])`,
        [[world.finn.id, world.swede.id]],
      );
      expect(n).toBe(6);
    }, 20_000);
    const [{ emails }] = await first.db.query(
      `SELECT count(*)::int AS emails FROM email_messages
       WHERE user_id = ANY($1::uuid[]) AND status = 'outbox' AND notification_id IS NOT NULL`,
      [[world.finn.id, world.swede.id]],
    );
    expect(emails).toBe(6);
  });
});
