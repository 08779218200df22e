import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRefreshTokens1764300000001 implements MigrationInterface {
  name = 'CreateRefreshTokens1764300000001';

  async up(q: QueryRunner): Promise<void> {
    // Opaque tokens stored as SHA-256 hashes; a family is one sign-in and all its rotations.
    await q.query(`
      CREATE TABLE "refresh_tokens" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "fk_refresh_tokens_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "family_id" uuid NOT NULL,
        "token_hash" text NOT NULL CONSTRAINT "uq_refresh_tokens_hash" UNIQUE,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "refresh_tokens"`);
  }
}
