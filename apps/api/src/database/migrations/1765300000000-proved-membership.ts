import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = [
  'enrollment_approved',
  'enrollment_waitlisted',
  'enrollment_promoted',
  'module_released',
  'workshop_tomorrow',
  'revision_requested',
  'assignment_approved',
  'cohort_ending',
];
const kindCheck = (kinds: string[]) =>
  `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Membership is proved, never claimed: verified email addresses, single-use emailed links (verification, password
 * reset), an organisation's verified email domains, invitations and membership requests. Everyone who had an account
 * before counts as verified and keeps their organisation.
 */
export class ProvedMembership1765300000000 implements MigrationInterface {
  name = 'ProvedMembership1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "email_verified_at" timestamptz`);
    await q.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);

    // Only the SHA-256 of a link's token is kept; a link works once and until it expires.
    await q.query(`
      CREATE TABLE "email_links" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "fk_email_links_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "purpose" text NOT NULL CONSTRAINT "ck_email_links_purpose" CHECK (purpose IN ('verify_email', 'reset_password')),
        "token_hash" text NOT NULL CONSTRAINT "uq_email_links_token" UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "ix_email_links_user" ON "email_links" ("user_id", "purpose")`);

    // A domain belongs to one organisation at most: the primary key decides.
    await q.query(`
      CREATE TABLE "organization_email_domains" (
        "domain" text PRIMARY KEY CONSTRAINT "ck_organization_email_domains_lower" CHECK (domain = lower(domain)),
        "organization_id" uuid NOT NULL
          CONSTRAINT "fk_organization_email_domains_organization" REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_organization_email_domains_organization" ON "organization_email_domains" ("organization_id")`,
    );

    await q.query(`
      CREATE TABLE "invitations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL
          CONSTRAINT "fk_invitations_organization" REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "email" text NOT NULL,
        "token_hash" text NOT NULL CONSTRAINT "uq_invitations_token" UNIQUE,
        "invited_by" uuid NOT NULL
          CONSTRAINT "fk_invitations_invited_by" REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "accepted_by" uuid CONSTRAINT "fk_invitations_accepted_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "revoked_at" timestamptz
      )`);
    // One open invitation per organisation and address (an expired one is revoked before a new one is written).
    await q.query(
      `CREATE UNIQUE INDEX "uq_invitations_open" ON "invitations" ("organization_id", lower(email))
       WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE "membership_requests" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "fk_membership_requests_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL
          CONSTRAINT "fk_membership_requests_organization" REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "status" text NOT NULL DEFAULT 'pending'
          CONSTRAINT "ck_membership_requests_status" CHECK (status IN ('pending', 'approved', 'rejected')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "decided_at" timestamptz,
        "decided_by" uuid CONSTRAINT "fk_membership_requests_decided_by" REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    // A person waits on one organisation at a time.
    await q.query(
      `CREATE UNIQUE INDEX "uq_membership_requests_pending" ON "membership_requests" ("user_id") WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX "ix_membership_requests_organization" ON "membership_requests" ("organization_id", "status")`,
    );

    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck([...KINDS_BEFORE, 'membership_requested']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE kind = 'membership_requested'`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck(KINDS_BEFORE));
    await q.query(`DROP TABLE "membership_requests"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP TABLE "organization_email_domains"`);
    await q.query(`DROP TABLE "email_links"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
