import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'superagent';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp, RunningApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';

/** The admin that ADMIN_ENV makes sure of at start. */
export const TEST_ADMIN = { email: 'root@keino.example', password: 'correct horse battery' };
export const ADMIN_ENV = { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };
/** ADMIN_ENV for tests that sign in many users from one address. */
export const APP_ENV = { ...ADMIN_ENV, LOGIN_LIMIT_PER_ADDRESS: '100000' };

export interface TestApp {
  http: TestAgent;
  /** The app's own connection, for checks that HTTP cannot make (what was written). */
  db: DataSource;
  /** The Nest application, for services a test drives directly (e.g. a sweep that runs at start). */
  app: RunningApp['app'];
  close(): Promise<void>;
}

/**
 * The real app over real HTTP, on a fresh database of its own: a new database on the server of DATABASE_URL when it
 * is set (CI: real PostgreSQL), otherwise an embedded PGlite in a temporary directory.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { serverUrl?: string } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'keino-test-'));
  const serverUrl = options.serverUrl ?? process.env['DATABASE_URL'];
  let databaseUrl: string | undefined;
  let dropDatabase = async () => undefined as void;
  if (serverUrl) {
    const name = `keino_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // A scan at a moment of its own would add reminders in the middle of a test; tests that need it say so.
    REMINDERS_SCHEDULE: 'false',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  // Strict: an error code that the route's OpenAPI operation does not document answers 500, so every test that
  // provokes an error also proves the document lists it (common/openapi/documented-errors.hook.ts). The built web
  // app is never served here, whether or not a build lies in dist/: its catch-all route would change what some
  // paths answer, so the same test passed or failed by what the checkout had built.
  const running: RunningApp = await createApp(
    { ...config, webRoot: undefined },
    { logger: false, strictErrorDocs: true },
  );
  await running.app.init();
  return {
    http: request(running.app.getHttpServer()),
    db: running.app.get(DataSource),
    app: running.app,
    async close() {
      await running.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** supertest's parser for a binary answer (a PDF, an Excel file, an attachment): the body as one Buffer. */
export function asBuffer(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
