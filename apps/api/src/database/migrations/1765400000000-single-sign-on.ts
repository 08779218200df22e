import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on through an organisation's own OpenID Connect provider. The client secret is stored sealed
 * (AES-256-GCM, sso/secret-box.ts); an email domain leads to one provider; a person's identity at a provider
 * (issuer, subject) is bound to one account; pending sign-ins and one-time codes are single use and expire.
 */
export class SingleSignOn1765400000000 implements MigrationInterface {
  name = 'SingleSignOn1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "identity_providers" (
        -- Given by the API: the sealed secret is bound to the row's id.
        "id" uuid PRIMARY KEY,
        "organization_id" uuid NOT NULL
          CONSTRAINT "fk_identity_providers_organization" REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "issuer" text NOT NULL,
        "client_id" text NOT NULL,
        "client_secret" text NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_identity_providers_issuer" UNIQUE ("organization_id", "issuer")
      )`);
    await q.query(`
      CREATE TABLE "identity_provider_domains" (
        "domain" text PRIMARY KEY,
        "provider_id" uuid NOT NULL
          CONSTRAINT "fk_identity_provider_domains_provider" REFERENCES "identity_providers" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "ix_identity_provider_domains_provider" ON "identity_provider_domains" ("provider_id")`,
    );
    await q.query(`
      CREATE TABLE "sso_identities" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "issuer" text NOT NULL,
        "subject" text NOT NULL,
        "user_id" uuid NOT NULL
          CONSTRAINT "fk_sso_identities_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_sso_identities_subject" UNIQUE ("issuer", "subject")
      )`);
    await q.query(`CREATE INDEX "ix_sso_identities_user" ON "sso_identities" ("user_id")`);
    await q.query(`
      CREATE TABLE "sso_pending_logins" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "state_hash" text NOT NULL CONSTRAINT "uq_sso_pending_logins_state" UNIQUE,
        "provider_id" uuid NOT NULL
          CONSTRAINT "fk_sso_pending_logins_provider" REFERENCES "identity_providers" ("id") ON DELETE CASCADE,
        -- The hash of a cookie set on the browser that started the sign-in: the callback must come from it.
        "browser_hash" text NOT NULL,
        "nonce" text NOT NULL,
        "code_verifier" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "ix_sso_pending_logins_provider" ON "sso_pending_logins" ("provider_id")`);
    await q.query(`CREATE INDEX "ix_sso_pending_logins_expires" ON "sso_pending_logins" ("expires_at")`);
    await q.query(`
      CREATE TABLE "sso_one_time_codes" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code_hash" text NOT NULL CONSTRAINT "uq_sso_one_time_codes_code" UNIQUE,
        "purpose" text NOT NULL CONSTRAINT "ck_sso_one_time_codes_purpose" CHECK ("purpose" IN ('session', 'link')),
        "user_id" uuid NOT NULL
          CONSTRAINT "fk_sso_one_time_codes_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        -- A link binds this identity to the account once its password proves it.
        "issuer" text,
        "subject" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "ck_sso_one_time_codes_link" CHECK (
          "purpose" = 'session' OR ("issuer" IS NOT NULL AND "subject" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "ix_sso_one_time_codes_user" ON "sso_one_time_codes" ("user_id")`);
    await q.query(`CREATE INDEX "ix_sso_one_time_codes_expires" ON "sso_one_time_codes" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sso_one_time_codes"`);
    await q.query(`DROP TABLE "sso_pending_logins"`);
    await q.query(`DROP TABLE "sso_identities"`);
    await q.query(`DROP TABLE "identity_provider_domains"`);
    await q.query(`DROP TABLE "identity_providers"`);
  }
}
