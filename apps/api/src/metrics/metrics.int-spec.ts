import { randomUUID } from 'node:crypto';

import { signInAdmin } from '../../test/factories';
import { APP_ENV, startTestApp, TestApp } from '../../test/setup/test-app';

const TOKEN = 'scrape-me-with-this-token';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('GET /api/metrics', () => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(APP_ENV)));
    afterAll(() => t.close());

    it('answers 404, with or without a token, as if there were no such route', async () => {
      for (const auth of [undefined, `Bearer ${TOKEN}`, 'Bearer ']) {
        const req = t.http.get('/api/metrics');
        const res = await (auth ? req.set('Authorization', auth) : req).expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.body.code).toBe('NOT_FOUND');
        expect(res.text).not.toContain('http_request');
      }
    });
  });

  describe('with METRICS_TOKEN (and Redis, for the job queue)', () => {
    let t: TestApp;
    beforeAll(
      async () =>
        (t = await startTestApp({
          ...APP_ENV,
          METRICS_TOKEN: TOKEN,
          REDIS_URL,
          REDIS_PREFIX: `keino-metrics-${randomUUID()}`,
        })),
    );
    afterAll(() => t.close());

    it('refuses a missing or wrong bearer token with 401', async () => {
      for (const auth of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN, 'Basic eDp5']) {
        const req = t.http.get('/api/metrics');
        const res = await (auth ? req.set('Authorization', auth) : req);
        expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      // A signed-in admin's own token is not the scraper's.
      const admin = await signInAdmin(t);
      await t.http.get('/api/metrics').set('Authorization', `Bearer ${admin.token}`).expect(401);
    });

    it('answers Prometheus text: request durations by route template and status, the pool, the queue, Node', async () => {
      const unknown = randomUUID();
      await t.http.get(`/api/courses/${unknown}`).expect(401);
      await t.http.get('/api/health').expect(200);
      await t.http.get('/api/health').expect(200);
      const res = await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      const text = res.text;
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      const count = (route: string, status: number) =>
        Number(
          new RegExp(
            `^http_request_duration_seconds_count\\{method="GET",route="${route}",status_code="${status}"\\} (\\d+)$`,
            'm',
          ).exec(text)?.[1],
        );
      expect(count('/api/health', 200)).toBeGreaterThanOrEqual(2);
      expect(count('/api/courses/:id', 401)).toBe(1);
      // The template, never the raw address: ids would make a label value per request.
      expect(text).not.toContain(unknown);
      expect(text).toMatch(/^db_pool_connections\{state="total"\} [1-9]\d*$/m);
      expect(text).toMatch(/^db_pool_connections\{state="waiting"\} 0$/m);
      expect(text).toMatch(/^db_pool_max_connections (1|20)$/m);
      expect(text).toMatch(/^bullmq_jobs\{queue="reminders",state="waiting"\} \d+$/m);
      expect(text).toMatch(/^process_cpu_seconds_total \d/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    });
  });
});
