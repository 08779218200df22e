import { request as httpRequest } from 'node:http';

import { freshDatabase } from '../../test/setup/fresh-database';
import { ADMIN_ENV, TEST_ADMIN } from '../../test/setup/test-app';
import { ServerProcess, startServerProcess, waitForOk } from '../../test/process/server-process';

const DELAY_MS = 1000;

/** Starts POST /api/auth/login and sends only part of its body: a request in flight until `finish()`. */
function slowSignIn(base: string) {
  const body = JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
  const req = httpRequest(`${base}/api/auth/login`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { answer, finish: () => req.end(body.slice(10)) };
}

const statusOf = (url: string) =>
  fetch(url).then(
    (r) => r.status,
    () => 'refused' as const,
  );

describe('readiness and draining (a real server process)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let server: ServerProcess;

  beforeAll(async () => {
    db = await freshDatabase('keino_drain');
    server = await startServerProcess({
      ...ADMIN_ENV,
      DATABASE_URL: db.url,
      SHUTDOWN_DELAY_MS: String(DELAY_MS),
    });
    await waitForOk(server, '/api/health/ready');
  }, 120_000);
  afterAll(async () => {
    await server.kill();
    await db.drop();
  });

  it('answers live and ready, then on SIGTERM is not ready at once, answers the request in flight, exits 0', async () => {
    expect(await statusOf(`${server.base}/api/health/live`)).toBe(200);
    const ready = await fetch(`${server.base}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { instance: { status: 'up' } } });

    const inFlight = slowSignIn(server.base);
    // The server has the request's headers (and routed it) before the signal.
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    let notReady: number | 'refused' = 200;
    while (notReady === 200 && Date.now() - signalled < DELAY_MS) {
      notReady = await statusOf(`${server.base}/api/health/ready`);
    }
    const notReadyAfter = Date.now() - signalled;
    expect(notReady).toBe(503);
    expect(notReadyAfter).toBeLessThan(DELAY_MS / 2);
    // Liveness stays: a draining instance must not be restarted, only taken out of rotation.
    expect(await statusOf(`${server.base}/api/health/live`)).toBe(200);

    // Past the delay the listener closes while the sign-in still waits for its body.
    await new Promise((r) => setTimeout(r, DELAY_MS + 300 - (Date.now() - signalled)));
    expect(await statusOf(`${server.base}/api/health/ready`)).toBe('refused');
    expect(server.child.exitCode).toBeNull();
    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toHaveProperty('accessToken');
    expect(await server.exited).toBe(0);
    console.log(`ready answered 503 ${notReadyAfter} ms after SIGTERM`);
  });
});
