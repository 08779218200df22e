import { MigrationInterface, QueryRunner } from 'typeorm';

// Fixed here rather than imported, so later changes to the contracts never alter what this migration did.
const REGION_SQL = [
  '01',
  '02',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
]
  .map((code) => `'${code}'`)
  .join(', ');

/**
 * Organisations, courses with frozen versions, cohorts, enrolments, progress and the audit log.
 * Progress counters live on the enrolment (in all, per module, and the day of each completion) and are kept by the
 * statement that writes the progress row, so reports read 1 row per participant instead of every progress row.
 */
export class CreateAcademy1764400000000 implements MigrationInterface {
  name = 'CreateAcademy1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "business_id" text NOT NULL CONSTRAINT "uq_organizations_business_id" UNIQUE,
        "kind" text NOT NULL CONSTRAINT "ck_organizations_kind"
          CHECK ("kind" IN ('municipality', 'wellbeing_county', 'state_agency', 'joint_authority', 'other')),
        "region" text NOT NULL CONSTRAINT "ck_organizations_region" CHECK ("region" IN (${REGION_SQL})),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_organizations_region" ON "organizations" ("region")`);

    await q.query(`
      ALTER TABLE "users"
        ADD "organization_id" uuid CONSTRAINT "fk_users_organization" REFERENCES "organizations" ("id"),
        ADD "regions" text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX "ix_users_organization" ON "users" ("organization_id")`);

    await q.query(`
      CREATE TABLE "courses" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "language" text NOT NULL CONSTRAINT "ck_courses_language" CHECK ("language" IN ('fi', 'sv', 'en')),
        "latest_version" int,
        "created_by" uuid CONSTRAINT "fk_courses_created_by" REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "course_trainers" (
        "course_id" uuid NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("course_id", "user_id")
      )`);
    // The draft: what trainers edit. Versions below are copies, so deleting from the draft changes no version.
    await q.query(`
      CREATE TABLE "course_modules" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
        "title" text NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "position" int NOT NULL
      )`);
    await q.query(`CREATE INDEX "ix_course_modules_course" ON "course_modules" ("course_id", "position")`);
    await q.query(`
      CREATE TABLE "activities" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "module_id" uuid NOT NULL REFERENCES "course_modules" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CONSTRAINT "ck_activities_kind"
          CHECK ("kind" IN ('page', 'link', 'workshop', 'assignment', 'assessment')),
        "title" text NOT NULL,
        "required" boolean NOT NULL,
        "content" text NOT NULL DEFAULT '',
        "url" text,
        "starts_at" timestamptz,
        "location" text,
        "position" int NOT NULL
      )`);
    await q.query(`CREATE INDEX "ix_activities_module" ON "activities" ("module_id", "position")`);

    await q.query(`
      CREATE TABLE "course_versions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL REFERENCES "courses" ("id"),
        "version" int NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "language" text NOT NULL,
        "total_required" int NOT NULL,
        "published_at" timestamptz NOT NULL DEFAULT now(),
        "published_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "uq_course_versions_course_version" UNIQUE ("course_id", "version")
      )`);
    await q.query(`
      CREATE TABLE "version_modules" (
        "version_id" uuid NOT NULL REFERENCES "course_versions" ("id") ON DELETE CASCADE,
        "module_id" uuid NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "position" int NOT NULL,
        "total_required" int NOT NULL,
        PRIMARY KEY ("version_id", "module_id")
      )`);
    await q.query(`
      CREATE TABLE "version_activities" (
        "version_id" uuid NOT NULL REFERENCES "course_versions" ("id") ON DELETE CASCADE,
        "activity_id" uuid NOT NULL,
        "module_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "required" boolean NOT NULL,
        "content" text NOT NULL,
        "url" text,
        "starts_at" timestamptz,
        "location" text,
        "position" int NOT NULL,
        "module_position" int NOT NULL,
        "ordinal" int NOT NULL,
        PRIMARY KEY ("version_id", "activity_id"),
        FOREIGN KEY ("version_id", "module_id") REFERENCES "version_modules" ("version_id", "module_id") ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE "cohorts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL REFERENCES "courses" ("id"),
        "course_version_id" uuid NOT NULL REFERENCES "course_versions" ("id"),
        "name" text NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "capacity" int NOT NULL CONSTRAINT "ck_cohorts_capacity" CHECK ("capacity" >= 1),
        "seats_taken" int NOT NULL DEFAULT 0,
        "approval_required" boolean NOT NULL,
        "enrollment_closes_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_cohorts_dates" CHECK ("ends_on" >= "starts_on"),
        -- Capacity holds in the database whatever arrives at once.
        CONSTRAINT "ck_cohorts_seats" CHECK ("seats_taken" BETWEEN 0 AND "capacity")
      )`);
    await q.query(`
      CREATE TABLE "cohort_trainers" (
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("cohort_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "ix_cohort_trainers_user" ON "cohort_trainers" ("user_id")`);
    await q.query(`
      CREATE TABLE "module_releases" (
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "module_id" uuid NOT NULL,
        "releases_on" date NOT NULL,
        PRIMARY KEY ("cohort_id", "module_id")
      )`);

    await q.query(`
      CREATE TABLE "enrollments" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id"),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "status" text NOT NULL CONSTRAINT "ck_enrollments_status"
          CHECK ("status" IN ('pending', 'active', 'waitlisted', 'withdrawn', 'completed')),
        "enrolled_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "completed_required" int NOT NULL DEFAULT 0,
        -- Day (since 2000-01-01) each activity was completed, by the activity's ordinal + 1: the exports read one
        -- row per participant. Never empty, so assignments past the end keep the lower bound at 1.
        "completed_days" int[] NOT NULL DEFAULT '{NULL}',
        -- Required activities completed per module, by the module's position + 1 (never empty, as above).
        "module_completed" int[] NOT NULL DEFAULT '{NULL}',
        "completed_at" timestamptz,
        "queued_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_enrollments_cohort_user" UNIQUE ("cohort_id", "user_id")
      ) WITH (fillfactor = 70)`);
    // Room on each page lets the progress write's counter updates stay heap-only (no index writes).
    await q.query(`CREATE INDEX "ix_enrollments_user" ON "enrollments" ("user_id")`);
    await q.query(
      `CREATE INDEX "ix_enrollments_waitlist" ON "enrollments" ("cohort_id", "queued_at") WHERE "status" = 'waitlisted'`,
    );
    await q.query(`
      CREATE TABLE "progress" (
        "enrollment_id" uuid NOT NULL REFERENCES "enrollments" ("id") ON DELETE CASCADE,
        "activity_id" uuid NOT NULL,
        "state" text NOT NULL CONSTRAINT "ck_progress_state" CHECK ("state" IN ('in_progress', 'completed')),
        "completed_at" timestamptz,
        "recorded_by" uuid,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("enrollment_id", "activity_id")
      )`);
    await q.query(`
      CREATE TABLE "audit_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "actor_id" uuid,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "details" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_audit_events_created" ON "audit_events" ("created_at" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'progress',
      'enrollments',
      'module_releases',
      'cohort_trainers',
      'cohorts',
      'version_activities',
      'version_modules',
      'course_versions',
      'activities',
      'course_modules',
      'course_trainers',
      'courses',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`ALTER TABLE "users" DROP COLUMN "regions", DROP COLUMN "organization_id"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
