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
  'membership_requested',
];
const kindCheck = (kinds: string[]) =>
  `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Calls for applications: a call opens a cohort to organisations, each writes one application, named reviewers score
 * it against the call's weighted criteria, admins decide; an accepted team's people without an account are invited.
 */
export class CallsForApplications1765500000000 implements MigrationInterface {
  name = 'CallsForApplications1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calls" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL CONSTRAINT "fk_calls_cohort" REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "title" text NOT NULL,
        "opens_at" timestamptz NOT NULL,
        "closes_at" timestamptz NOT NULL,
        "max_organizations" integer NOT NULL CONSTRAINT "ck_calls_max_organizations" CHECK (max_organizations >= 1),
        "criteria" jsonb NOT NULL,
        "created_by" uuid CONSTRAINT "fk_calls_created_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_calls_window" CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX "ix_calls_window" ON "calls" ("opens_at", "closes_at")`);
    await q.query(`CREATE INDEX "ix_calls_cohort" ON "calls" ("cohort_id")`);

    await q.query(`
      CREATE TABLE "call_reviewers" (
        "call_id" uuid NOT NULL CONSTRAINT "fk_call_reviewers_call" REFERENCES "calls" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL CONSTRAINT "fk_call_reviewers_user" REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_call_reviewers" PRIMARY KEY ("call_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "ix_call_reviewers_user" ON "call_reviewers" ("user_id")`);

    // One application per organisation and call: the unique key decides when two colleagues start at once.
    await q.query(`
      CREATE TABLE "call_applications" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "call_id" uuid NOT NULL CONSTRAINT "fk_call_applications_call" REFERENCES "calls" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL
          CONSTRAINT "fk_call_applications_organization" REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "status" text NOT NULL DEFAULT 'draft' CONSTRAINT "ck_call_applications_status"
          CHECK (status IN ('draft', 'submitted', 'accepted', 'rejected', 'reserve')),
        "development_task" text NOT NULL DEFAULT '',
        "motivation" text NOT NULL DEFAULT '',
        "sponsor" jsonb NOT NULL DEFAULT '{"email": "", "title": "", "fullName": ""}',
        "team" jsonb NOT NULL DEFAULT '[]',
        "version" integer NOT NULL DEFAULT 1,
        "created_by" uuid CONSTRAINT "fk_call_applications_created_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "updated_by" uuid CONSTRAINT "fk_call_applications_updated_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "submitted_at" timestamptz,
        "submitted_by" uuid CONSTRAINT "fk_call_applications_submitted_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "decision_message" text,
        "decided_at" timestamptz,
        "decided_by" uuid CONSTRAINT "fk_call_applications_decided_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "uq_call_applications_organization" UNIQUE ("call_id", "organization_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_call_applications_organization" ON "call_applications" ("organization_id")`,
    );

    await q.query(`
      CREATE TABLE "application_reviews" (
        "application_id" uuid NOT NULL
          CONSTRAINT "fk_application_reviews_application" REFERENCES "call_applications" ("id") ON DELETE CASCADE,
        "reviewer_id" uuid NOT NULL
          CONSTRAINT "fk_application_reviews_reviewer" REFERENCES "users" ("id") ON DELETE CASCADE,
        "scores" jsonb NOT NULL,
        "comment" text NOT NULL DEFAULT '',
        "weighted_score" double precision NOT NULL
          CONSTRAINT "ck_application_reviews_weighted_score" CHECK (weighted_score >= 0 AND weighted_score <= 5),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_application_reviews" PRIMARY KEY ("application_id", "reviewer_id")
      )`);
    await q.query(`CREATE INDEX "ix_application_reviews_reviewer" ON "application_reviews" ("reviewer_id")`);

    // The invitations an acceptance sent: registering through one enrols the person in the call's cohort.
    await q.query(`
      CREATE TABLE "application_invitations" (
        "invitation_id" uuid PRIMARY KEY
          CONSTRAINT "fk_application_invitations_invitation" REFERENCES "invitations" ("id") ON DELETE CASCADE,
        "application_id" uuid NOT NULL
          CONSTRAINT "fk_application_invitations_application" REFERENCES "call_applications" ("id") ON DELETE CASCADE,
        "enrolled_at" timestamptz
      )`);
    await q.query(
      `CREATE INDEX "ix_application_invitations_application" ON "application_invitations" ("application_id")`,
    );

    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck([...KINDS_BEFORE, 'application_decided']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE kind = 'application_decided'`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck(KINDS_BEFORE));
    await q.query(`DROP TABLE "application_invitations"`);
    await q.query(`DROP TABLE "application_reviews"`);
    await q.query(`DROP TABLE "call_applications"`);
    await q.query(`DROP TABLE "call_reviewers"`);
    await q.query(`DROP TABLE "calls"`);
  }
}
