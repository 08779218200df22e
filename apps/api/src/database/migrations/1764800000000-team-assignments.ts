import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team development assignment: one submission per team (cohort × organisation) and assignment activity, the
 * versions each submit freezes, the files the team attaches (stored under DATA_DIR) and the discussion with the
 * trainer, whose decisions are comments with a `decision`.
 */
export class TeamAssignments1764800000000 implements MigrationInterface {
  name = 'TeamAssignments1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "assignment_submissions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id"),
        "activity_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'draft' CONSTRAINT "ck_assignment_submissions_status"
          CHECK ("status" IN ('draft', 'submitted', 'revision_requested', 'approved')),
        "body" text NOT NULL DEFAULT '',
        "version" int NOT NULL DEFAULT 0 CONSTRAINT "ck_assignment_submissions_version" CHECK ("version" >= 0),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "submitted_at" timestamptz,
        CONSTRAINT "uq_assignment_submissions_team" UNIQUE ("cohort_id", "organization_id", "activity_id")
      )`);
    await q.query(`
      CREATE TABLE "assignment_versions" (
        "submission_id" uuid NOT NULL REFERENCES "assignment_submissions" ("id") ON DELETE CASCADE,
        "version" int NOT NULL CONSTRAINT "ck_assignment_versions_version" CHECK ("version" >= 1),
        "body" text NOT NULL,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "submitted_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "submitted_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("submission_id", "version")
      )`);
    await q.query(`
      CREATE TABLE "assignment_attachments" (
        "id" uuid PRIMARY KEY,
        "submission_id" uuid NOT NULL REFERENCES "assignment_submissions" ("id") ON DELETE CASCADE,
        "file_name" text NOT NULL,
        "media_type" text NOT NULL,
        "size_bytes" int NOT NULL CONSTRAINT "ck_assignment_attachments_size" CHECK ("size_bytes" > 0),
        "sha256" text NOT NULL,
        "uploaded_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        -- Removed from the working set, kept because a submitted version lists it.
        "removed_at" timestamptz
      )`);
    await q.query(
      `CREATE INDEX "ix_assignment_attachments_submission" ON "assignment_attachments" ("submission_id", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_assignment_attachments_uploader" ON "assignment_attachments" ("uploaded_by")`,
    );
    await q.query(`
      CREATE TABLE "assignment_comments" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "submission_id" uuid NOT NULL REFERENCES "assignment_submissions" ("id") ON DELETE CASCADE,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "body" text NOT NULL,
        "decision" text CONSTRAINT "ck_assignment_comments_decision"
          CHECK ("decision" IN ('revision_requested', 'approved')),
        "version" int NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_assignment_comments_submission" ON "assignment_comments" ("submission_id", "created_at")`,
    );
    await q.query(`CREATE INDEX "ix_assignment_comments_author" ON "assignment_comments" ("author_id")`);
    // Erasure finds a person's traces by these columns.
    await q.query(
      `CREATE INDEX "ix_assignment_versions_submitter" ON "assignment_versions" ("submitted_by")`,
    );
    await q.query(
      `CREATE INDEX "ix_assignment_submissions_editor" ON "assignment_submissions" ("updated_by")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assignment_comments"`);
    await q.query(`DROP TABLE "assignment_attachments"`);
    await q.query(`DROP TABLE "assignment_versions"`);
    await q.query(`DROP TABLE "assignment_submissions"`);
  }
}
