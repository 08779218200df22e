import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { TokenVersionSource } from '../../common/auth/token-versions';
import { type Db, sql } from '../../common/database/sql';

export interface StartedSessionRow {
  id: string;
  token_version: number;
}

export interface ActiveSessionRow {
  id: string;
  device: string;
  created_at: Date;
  last_used_at: Date;
}

export type SessionEnding = 'ended' | 'ended-before' | 'unknown';

interface CountRow {
  total: number;
}

/**
 * The only code that reads and writes sessions, and the person's token version on users. Ending a session also
 * revokes its refresh tokens in the same statement, so no token of an ended session can refresh.
 */
@Injectable()
export class SessionsRepository implements TokenVersionSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction; the repository's statements take its manager. */
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Whether the person exists (erased or not). */
  async exists(db: Db, userId: string): Promise<boolean> {
    return (await sql.one(db, `SELECT 1 FROM users WHERE id = $1`, [userId])) !== undefined;
  }

  /** A new session, and the version its access tokens carry. */
  async start(
    tx: EntityManager,
    session: { userId: string; device: string; lifetimeDays: number },
  ): Promise<StartedSessionRow> {
    const row = await sql.one<StartedSessionRow>(
      tx,
      `INSERT INTO sessions (user_id, device, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3))
       RETURNING id, (SELECT token_version FROM users WHERE id = $1) AS token_version`,
      [session.userId, session.device, session.lifetimeDays],
    );
    if (!row) throw new Error('The session was not inserted');
    return row;
  }

  /** A refresh used the session now: it lives another lifetime from here. */
  async touch(tx: EntityManager, sessionId: string, lifetimeDays: number): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE sessions SET last_used_at = now(), expires_at = now() + make_interval(days => $2) WHERE id = $1`,
      [sessionId, lifetimeDays],
    );
  }

  /** The person's sessions that can still refresh, the one used last first. */
  async listActive(userId: string, limit: number, offset: number): Promise<[ActiveSessionRow[], number]> {
    const active = `FROM sessions WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now()`;
    const [rows, count] = await Promise.all([
      sql.rows<ActiveSessionRow>(
        this.db,
        `SELECT id, device, created_at, last_used_at ${active}
         ORDER BY last_used_at DESC, id LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      ),
      sql.one<CountRow>(this.db, `SELECT count(*)::int AS total ${active}`, [userId]),
    ]);
    return [rows, count?.total ?? 0];
  }

  /** Ends one of the person's sessions: `ended` now, `ended-before`, or `unknown` (not theirs, or no such one). */
  async endOne(tx: EntityManager, userId: string, sessionId: string): Promise<SessionEnding> {
    const row = await sql.one<{ ended_now: boolean }>(
      tx,
      `WITH mine AS (SELECT id FROM sessions WHERE id = $2 AND user_id = $1),
            ended AS (UPDATE sessions SET ended_at = now()
                       WHERE id IN (SELECT id FROM mine) AND ended_at IS NULL RETURNING id),
            revoked AS (UPDATE refresh_tokens SET revoked_at = now()
                         WHERE session_id IN (SELECT id FROM ended) AND revoked_at IS NULL)
       SELECT EXISTS (SELECT 1 FROM ended) AS ended_now FROM mine`,
      [userId, sessionId],
    );
    if (!row) return 'unknown';
    return row.ended_now ? 'ended' : 'ended-before';
  }

  /** Ends every session of the person but `keep` (none when null); answers how many ended. */
  async endAllBut(tx: EntityManager, userId: string, keep: string | null): Promise<number> {
    const rows = await sql.rows<{ id: string }>(
      tx,
      `WITH ended AS (UPDATE sessions SET ended_at = now()
                       WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $2::uuid RETURNING id),
            revoked AS (UPDATE refresh_tokens SET revoked_at = now()
                         WHERE session_id IN (SELECT id FROM ended) AND revoked_at IS NULL)
       SELECT id FROM ended`,
      [userId, keep],
    );
    return rows.length;
  }

  /** The session a refresh token belongs to, whatever state either is in. */
  sessionOfToken(db: Db, tokenHash: string): Promise<{ session_id: string; user_id: string } | undefined> {
    return sql.one(db, `SELECT session_id, user_id FROM refresh_tokens WHERE token_hash = $1`, [tokenHash]);
  }

  /** Raises the person's token version; undefined for an unknown person. */
  async raiseTokenVersion(db: Db, userId: string): Promise<number | undefined> {
    const row = await sql.one<{ token_version: number }>(
      db,
      `UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version`,
      [userId],
    );
    return row?.token_version;
  }

  async tokenVersionOf(userId: string): Promise<number | null> {
    const row = await sql.one<{ token_version: number }>(
      this.db,
      `SELECT token_version FROM users WHERE id = $1 AND erased_at IS NULL`,
      [userId],
    );
    return row?.token_version ?? null;
  }

  /** Erasure: the person's sessions go, their refresh tokens with them (the foreign key cascades). */
  async deleteAllOf(tx: EntityManager, userId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }
}
