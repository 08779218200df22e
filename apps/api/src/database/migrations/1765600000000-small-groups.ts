import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Small groups of a cohort's organisations with their coaches, a mentor per organisation and cohort, the groups' own
 * meetings with attendance, and the team's management-team review of its development assignment. An organisation's
 * placements keep their history (`removed_at`); a partial unique index keeps it in at most one group of a cohort.
 */
export class SmallGroups1765600000000 implements MigrationInterface {
  name = 'SmallGroups1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cohort_groups" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "name" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_cohort_groups_cohort" ON "cohort_groups" ("cohort_id")`);
    await q.query(`
      CREATE TABLE "cohort_group_coaches" (
        "group_id" uuid NOT NULL REFERENCES "cohort_groups" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("group_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "ix_cohort_group_coaches_user" ON "cohort_group_coaches" ("user_id")`);
    await q.query(`
      CREATE TABLE "cohort_group_placements" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "cohort_groups" ("id") ON DELETE CASCADE,
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "placed_at" timestamptz NOT NULL DEFAULT now(),
        "placed_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "removed_at" timestamptz,
        CONSTRAINT "ck_cohort_group_placements_period" CHECK ("removed_at" IS NULL OR "removed_at" >= "placed_at")
      )`);
    // The rule "in at most one group of a cohort", held by the database whatever the requests do at once.
    await q.query(
      `CREATE UNIQUE INDEX "uq_cohort_group_placements_current" ON "cohort_group_placements" ("cohort_id", "organization_id") WHERE removed_at IS NULL`,
    );
    await q.query(`CREATE INDEX "ix_cohort_group_placements_group" ON "cohort_group_placements" ("group_id")`);
    await q.query(`CREATE INDEX "ix_cohort_group_placements_placer" ON "cohort_group_placements" ("placed_by")`);
    await q.query(`
      CREATE TABLE "cohort_mentors" (
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "mentor_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "assigned_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("cohort_id", "organization_id")
      )`);
    await q.query(`CREATE INDEX "ix_cohort_mentors_mentor" ON "cohort_mentors" ("mentor_id")`);
    await q.query(`
      CREATE TABLE "group_meetings" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "cohort_groups" ("id") ON DELETE CASCADE,
        "title" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz,
        "location" text,
        "online_url" text,
        "created_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_group_meetings_period" CHECK ("ends_at" IS NULL OR "ends_at" >= "starts_at")
      )`);
    await q.query(`CREATE INDEX "ix_group_meetings_group" ON "group_meetings" ("group_id", "starts_at")`);
    await q.query(`CREATE INDEX "ix_group_meetings_creator" ON "group_meetings" ("created_by")`);
    await q.query(`
      CREATE TABLE "group_meeting_attendance" (
        "meeting_id" uuid NOT NULL REFERENCES "group_meetings" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "attended" boolean NOT NULL,
        "recorded_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("meeting_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "ix_group_meeting_attendance_user" ON "group_meeting_attendance" ("user_id")`);
    await q.query(
      `CREATE INDEX "ix_group_meeting_attendance_recorder" ON "group_meeting_attendance" ("recorded_by")`,
    );
    await q.query(`
      CREATE TABLE "assignment_management_reviews" (
        "submission_id" uuid PRIMARY KEY REFERENCES "assignment_submissions" ("id") ON DELETE CASCADE,
        "presented_on" date NOT NULL,
        "outcome" text NOT NULL CONSTRAINT "ck_assignment_management_reviews_outcome"
          CHECK ("outcome" IN ('endorsed', 'changes_requested', 'noted')),
        "note" text,
        "recorded_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_assignment_management_reviews_recorder" ON "assignment_management_reviews" ("recorded_by")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assignment_management_reviews"`);
    await q.query(`DROP TABLE "group_meeting_attendance"`);
    await q.query(`DROP TABLE "group_meetings"`);
    await q.query(`DROP TABLE "cohort_mentors"`);
    await q.query(`DROP TABLE "cohort_group_placements"`);
    await q.query(`DROP TABLE "cohort_group_coaches"`);
    await q.query(`DROP TABLE "cohort_groups"`);
  }
}
