import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';

export interface PendingLoginRow {
  provider_id: string;
  nonce: string;
  code_verifier: string;
}

export interface OneTimeCodeRow {
  user_id: string;
  issuer: string | null;
  subject: string | null;
}

export type CodePurpose = 'session' | 'link';

/**
 * The only code that reads and writes sso_pending_logins, sso_one_time_codes and sso_identities. States and codes
 * arrive here already hashed; each is used once: checked and marked in one statement, so only one use wins.
 */
@Injectable()
export class SsoLoginsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insertPendingLogin(login: {
    stateHash: string;
    providerId: string;
    browserHash: string;
    nonce: string;
    codeVerifier: string;
    lifetimeSeconds: number;
  }): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO sso_pending_logins (state_hash, provider_id, browser_hash, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [
        login.stateHash,
        login.providerId,
        login.browserHash,
        login.nonce,
        login.codeVerifier,
        login.lifetimeSeconds,
      ],
    );
  }

  /** The live sign-in this state started in this browser, marked used; undefined when there is none. */
  consumePendingLogin(stateHash: string, browserHash: string): Promise<PendingLoginRow | undefined> {
    return sql.one<PendingLoginRow>(
      this.db,
      `UPDATE sso_pending_logins SET used_at = now()
        WHERE state_hash = $1 AND browser_hash = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING provider_id, nonce, code_verifier`,
      [stateHash, browserHash],
    );
  }

  async insertCode(code: {
    codeHash: string;
    browserHash: string;
    purpose: CodePurpose;
    userId: string;
    identity?: { issuer: string; subject: string };
    lifetimeSeconds: number;
  }): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO sso_one_time_codes (code_hash, browser_hash, purpose, user_id, issuer, subject, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        code.codeHash,
        code.browserHash,
        code.purpose,
        code.userId,
        code.identity?.issuer ?? null,
        code.identity?.subject ?? null,
        code.lifetimeSeconds,
      ],
    );
  }

  /**
   * A live code of the browser that finished the sign-in, without using it (a link is used only once the password
   * proved it). A code brought by another browser is none: a code is never someone else's session (login CSRF).
   */
  findCode(codeHash: string, browserHash: string, purpose: CodePurpose): Promise<OneTimeCodeRow | undefined> {
    return sql.one<OneTimeCodeRow>(
      this.db,
      `SELECT user_id, issuer, subject FROM sso_one_time_codes
        WHERE code_hash = $1 AND browser_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > now()`,
      [codeHash, browserHash, purpose],
    );
  }

  /** The same, marked used in the same statement, so only one use wins. */
  consumeCode(
    db: Db | undefined,
    codeHash: string,
    browserHash: string,
    purpose: CodePurpose,
  ): Promise<OneTimeCodeRow | undefined> {
    return sql.one<OneTimeCodeRow>(
      db ?? this.db,
      `UPDATE sso_one_time_codes SET used_at = now()
        WHERE code_hash = $1 AND browser_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id, issuer, subject`,
      [codeHash, browserHash, purpose],
    );
  }

  /** The account bound to this identity, its last use noted; undefined when none is. */
  async useIdentity(issuer: string, subject: string): Promise<string | undefined> {
    const row = await sql.one<{ user_id: string }>(
      this.db,
      `UPDATE sso_identities SET last_used_at = now() WHERE issuer = $1 AND subject = $2 RETURNING user_id`,
      [issuer, subject],
    );
    return row?.user_id;
  }

  /** Binds the identity to the account; answers the account it is bound to (another one if it already was). */
  async bindIdentity(db: Db | undefined, issuer: string, subject: string, userId: string): Promise<string> {
    await sql.affected(
      db ?? this.db,
      `INSERT INTO sso_identities (issuer, subject, user_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_sso_identities_subject DO NOTHING`,
      [issuer, subject, userId],
    );
    const row = await sql.one<{ user_id: string }>(
      db ?? this.db,
      `SELECT user_id FROM sso_identities WHERE issuer = $1 AND subject = $2`,
      [issuer, subject],
    );
    return row?.user_id ?? userId;
  }

  /** Rows past use for a day: a few a sign-in, swept as new ones come (the expiry indexes keep it cheap). */
  async sweepExpired(): Promise<void> {
    await sql.affected(
      this.db,
      `DELETE FROM sso_pending_logins WHERE id IN (
         SELECT id FROM sso_pending_logins WHERE expires_at < now() - interval '1 day' LIMIT 500)`,
    );
    await sql.affected(
      this.db,
      `DELETE FROM sso_one_time_codes WHERE id IN (
         SELECT id FROM sso_one_time_codes WHERE expires_at < now() - interval '1 day' LIMIT 500)`,
    );
  }
}
