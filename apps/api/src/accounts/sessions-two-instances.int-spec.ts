import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import request from 'supertest';

import { createApp, RunningApp } from '../bootstrap';
import { TokenVersions } from '../common/auth/token-versions';
import { loadConfig } from '../config/app-config';
import { Actor, auth, createUser } from '../../test/factories';
import { eventually } from '../../test/factories/reminders';
import { startSuite } from '../../test/setup/suite';
import { APP_ENV, TestApp } from '../../test/setup/test-app';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// Two instances share one database, which the embedded PGlite cannot serve: PostgreSQL, as on every machine.
const POSTGRES = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Two API instances on one database and one Redis: a token version raised on one (sessions ended, roles changed)
 * reaches the other through pub/sub, which then refuses the old access token from its memory, with no database
 * read on the way.
 */
describe('ended sessions across two instances on one Redis', () => {
  let first: TestApp;
  let second: RunningApp;
  let admin: Actor;
  const prefix = `keino-test-${randomUUID()}`;
  const secondDir = mkdtempSync(join(tmpdir(), 'keino-second-'));
  const onSecond = () => request(second.app.getHttpServer());

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      await probe.connect();
    } catch {
      throw new Error(`This test needs Redis at ${REDIS_URL}`);
    } finally {
      probe.disconnect();
    }
    // One signing secret, so a token of one instance is good at the other.
    const env = { ...APP_ENV, REDIS_URL, REDIS_PREFIX: prefix, JWT_SECRET: randomUUID().repeat(2) };
    ({ t: first, admin } = await startSuite({ env, serverUrl: POSTGRES }));
    second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: secondDir,
        DATABASE_URL: (first.db.options as { url: string }).url,
        REMINDERS_SCHEDULE: 'false',
        ...env,
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    rmSync(secondDir, { recursive: true, force: true });
  });

  /** Signed in on the first instance, known (cached) by the second, which only caches while subscribed. */
  const knownToBoth = async (): Promise<Actor> => {
    const person = await createUser(first, admin);
    const versions = second.app.get(TokenVersions);
    await eventually(async () => {
      await onSecond().get('/api/auth/me').set(auth(person)).expect(200);
      expect(versions.current(person.id)).toBeDefined();
    });
    return person;
  };

  it('refuses on the second instance the token of a session ended on the first', async () => {
    const person = await knownToBoth();
    const before = second.app.get(TokenVersions).current(person.id) ?? 0;
    await first.http.delete('/api/auth/sessions').set(auth(person)).expect(204);
    // No other session, so nothing ended and nothing changes: the token still works on both.
    await onSecond().get('/api/auth/me').set(auth(person)).expect(200);
    await first.http.post('/api/auth/logout').set(auth(person)).expect(204);
    await eventually(async () => {
      expect(second.app.get(TokenVersions).current(person.id)).toBe(before + 1);
    });
    await onSecond().get('/api/auth/me').set(auth(person)).expect(401);
  });

  it('refuses on the second instance an admin’s ending of all sessions and a role change made on the first', async () => {
    const ended = await knownToBoth();
    const demoted = await knownToBoth();
    await first.http.delete(`/api/users/${ended.id}/sessions`).set(auth(admin)).expect(204);
    await first.http
      .patch(`/api/users/${demoted.id}`)
      .set(auth(admin))
      .send({ roles: ['trainer'] })
      .expect(200);
    await eventually(async () => {
      await onSecond().get('/api/auth/me').set(auth(ended)).expect(401);
      await onSecond().get('/api/auth/me').set(auth(demoted)).expect(401);
    });
  });
});
