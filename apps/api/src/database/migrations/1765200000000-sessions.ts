import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions a person can see and end: a refresh-token family becomes a `sessions` row (the device it started on, when
 * it was last used, when it ended), and each person gets a token version that access tokens carry, raised whenever
 * their tokens must stop working (erasure, a role change, sessions ended).
 */
export class Sessions1765200000000 implements MigrationInterface {
  name = 'Sessions1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE "sessions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "fk_sessions_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "device" text NOT NULL DEFAULT '',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "ended_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")`);
    // Every family so far becomes a session under the same id, so the refresh tokens out there keep working. Each
    // rotation inserted a token, so the family's newest token tells when it was last used and when it expires.
    await q.query(`
      INSERT INTO "sessions" ("id", "user_id", "created_at", "last_used_at", "expires_at", "ended_at")
      SELECT family_id, user_id, min(created_at), max(created_at), max(expires_at),
             CASE WHEN bool_or(used_at IS NULL AND revoked_at IS NULL AND expires_at > now()) THEN NULL
                  ELSE least(coalesce(max(revoked_at), max(expires_at)), now()) END
        FROM "refresh_tokens" GROUP BY family_id, user_id`);
    await q.query(`ALTER TABLE "refresh_tokens" RENAME COLUMN "family_id" TO "session_id"`);
    await q.query(`ALTER INDEX "ix_refresh_tokens_family" RENAME TO "ix_refresh_tokens_session"`);
    await q.query(`
      ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session"
        FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"`);
    await q.query(`ALTER INDEX "ix_refresh_tokens_session" RENAME TO "ix_refresh_tokens_family"`);
    await q.query(`ALTER TABLE "refresh_tokens" RENAME COLUMN "session_id" TO "family_id"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
