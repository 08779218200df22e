import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { freshDatabase } from '../../test/setup/fresh-database';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { migrations } from './data-source';
import { Sessions1765200000000 } from './migrations/1765200000000-sessions';

const dataSource = (url: string, upTo: number) =>
  new DataSource({ type: 'postgres', url, migrations: migrations.slice(0, upTo), extra: { max: 1 } });
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
// PGlite serves one connection; let it see the last one close.
const settle = () => new Promise((r) => setTimeout(r, 200));

/** Refresh tokens handed out before sessions existed: each family becomes a session and its live token still works. */
describe('the sessions migration on a database that has refresh tokens', () => {
  it('turns each token family into a session, keeps live tokens working, and rolls back', async () => {
    const db = await freshDatabase('keino_migrations_sessions');
    const dataDir = mkdtempSync(join(tmpdir(), 'keino-sessions-migration-'));
    try {
      const mine = migrations.indexOf(Sessions1765200000000);
      const before = dataSource(db.url, mine);
      await before.initialize();
      await before.runMigrations();
      const [user] = await before.query(
        `INSERT INTO users (email, password_hash, full_name) VALUES ('vanha@keino.example', 'x', 'Vanha') RETURNING id`,
      );
      const live = '11111111-1111-4111-8111-111111111111';
      const revoked = '22222222-2222-4222-8222-222222222222';
      const expired = '33333333-3333-4333-8333-333333333333';
      await before.query(
        `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, used_at, revoked_at, created_at) VALUES
           ($1, $2, $5, now() + interval '13 days', now() - interval '1 day', NULL, now() - interval '2 days'),
           ($1, $2, $6, now() + interval '14 days', NULL, NULL, now() - interval '1 day'),
           ($1, $3, $7, now() + interval '10 days', NULL, now() - interval '3 hours', now() - interval '4 days'),
           ($1, $4, $8, now() - interval '1 day', NULL, NULL, now() - interval '15 days')`,
        [
          user.id,
          live,
          revoked,
          expired,
          hash('used-token-of-the-live-family'),
          hash('live-token-of-the-old-release'),
          hash('revoked-token-of-the-old-release'),
          hash('expired-token-of-the-old-release'),
        ],
      );
      await before.destroy();
      await settle();

      const after = dataSource(db.url, mine + 1);
      await after.initialize();
      await after.runMigrations();
      const sessions = await after.query(
        `SELECT id, user_id, device, ended_at IS NULL AS active,
                created_at < last_used_at AS used_since, expires_at > now() AS unexpired
           FROM sessions ORDER BY id`,
      );
      expect(sessions).toEqual([
        { id: live, user_id: user.id, device: '', active: true, used_since: true, unexpired: true },
        { id: revoked, user_id: user.id, device: '', active: false, used_since: false, unexpired: true },
        { id: expired, user_id: user.id, device: '', active: false, used_since: false, unexpired: false },
      ]);
      const [{ token_version }] = await after.query(`SELECT token_version FROM users`);
      expect(token_version).toBe(0);

      // Down and up again: the families are back as they were, then sessions once more.
      await after.undoLastMigration();
      const [family] = await after.query(`SELECT count(DISTINCT family_id)::int AS n FROM refresh_tokens`);
      expect(family.n).toBe(3);
      const tables = await after.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'sessions'`,
      );
      expect(tables).toEqual([]);
      await after.runMigrations();
      await after.destroy();
      await settle();

      // The app on this database (its later migrations run at start): the live token refreshes, the others do not.
      const app = await createApp(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: db.url }),
        { logger: false },
      );
      try {
        const http = request(app.app.getHttpServer());
        const refreshed = await http
          .post('/api/auth/refresh')
          .send({ refreshToken: 'live-token-of-the-old-release' })
          .expect(200);
        expect(refreshed.body.user).toMatchObject({ id: user.id, email: 'vanha@keino.example' });
        await http
          .get('/api/auth/me')
          .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
          .expect(200);
        await http
          .post('/api/auth/refresh')
          .send({ refreshToken: 'revoked-token-of-the-old-release' })
          .expect(401);
        await http
          .post('/api/auth/refresh')
          .send({ refreshToken: 'expired-token-of-the-old-release' })
          .expect(401);
        const listed = await http
          .get('/api/auth/sessions')
          .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
          .expect(200);
        expect(listed.body).toMatchObject({ total: 1, items: [{ id: live, device: '', current: true }] });
      } finally {
        await app.close();
      }
    } finally {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
