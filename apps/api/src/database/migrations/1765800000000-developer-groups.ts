import { MigrationInterface, QueryRunner } from 'typeorm';

// The notification kinds before this migration; it adds a reply in a followed thread.
// The kinds as the calls migration (1765500000000, which runs first) left them.
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
  'application_decided',
];
const kindCheck = (kinds: string[]) =>
  `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

// The text-search configuration of a row's language column (the case library's three).
const CONFIG = `CASE "language" WHEN 'sv' THEN 'swedish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'finnish'::regconfig END`;

/**
 * Developer groups: standing peer groups of organisations with facilitators, their discussion (threads and posts
 * searched in the group's language: each row keeps the group's language so a generated tsvector can use it), shared
 * documents kept version by version, and events whose market dialogues take suppliers' registrations.
 */
export class DeveloperGroups1765800000000 implements MigrationInterface {
  name = 'DeveloperGroups1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "developer_groups" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "theme" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "language" text NOT NULL CONSTRAINT "ck_developer_groups_language" CHECK ("language" IN ('fi', 'sv', 'en')),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "developer_group_facilitators" (
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "developer_group_facilitators_pkey" PRIMARY KEY ("group_id", "user_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_facilitators_user" ON "developer_group_facilitators" ("user_id")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_members" (
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "joined_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "developer_group_members_pkey" PRIMARY KEY ("group_id", "organization_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_members_organization" ON "developer_group_members" ("organization_id")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_join_requests" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "requested_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "message" text,
        "status" text NOT NULL DEFAULT 'pending'
          CONSTRAINT "ck_developer_group_join_requests_status" CHECK ("status" IN ('pending', 'approved', 'rejected')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "decided_at" timestamptz,
        "decided_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    // One waiting request per organisation and group, also when two coordinators ask at once.
    await q.query(
      `CREATE UNIQUE INDEX "uq_developer_group_join_requests_pending" ON "developer_group_join_requests"
         ("group_id", "organization_id") WHERE "status" = 'pending'`,
    );
    await q.query(`
      CREATE TABLE "developer_group_threads" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "language" text NOT NULL CONSTRAINT "ck_developer_group_threads_language" CHECK ("language" IN ('fi', 'sv', 'en')),
        "title" text NOT NULL,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_post_at" timestamptz NOT NULL DEFAULT now(),
        "search" tsvector GENERATED ALWAYS AS (to_tsvector(${CONFIG}, "title")) STORED
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_threads_group" ON "developer_group_threads" ("group_id", "last_post_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_developer_group_threads_search" ON "developer_group_threads" USING gin ("search")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_posts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "thread_id" uuid NOT NULL REFERENCES "developer_group_threads" ("id") ON DELETE CASCADE,
        "language" text NOT NULL CONSTRAINT "ck_developer_group_posts_language" CHECK ("language" IN ('fi', 'sv', 'en')),
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "body" text NOT NULL,
        "hidden" boolean NOT NULL DEFAULT false,
        "hidden_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "edited_at" timestamptz,
        "search" tsvector GENERATED ALWAYS AS (to_tsvector(${CONFIG}, "body")) STORED
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_posts_thread" ON "developer_group_posts" ("thread_id", "created_at")`,
    );
    await q.query(`CREATE INDEX "ix_developer_group_posts_author" ON "developer_group_posts" ("author_id")`);
    await q.query(
      `CREATE INDEX "ix_developer_group_posts_search" ON "developer_group_posts" USING gin ("search")`,
    );
    // Per person and thread: whether they follow it, when they last read it, and up to when replies were digested.
    await q.query(`
      CREATE TABLE "developer_group_thread_readers" (
        "thread_id" uuid NOT NULL REFERENCES "developer_group_threads" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "following" boolean NOT NULL DEFAULT false,
        "read_at" timestamptz,
        "digested_at" timestamptz,
        CONSTRAINT "developer_group_thread_readers_pkey" PRIMARY KEY ("thread_id", "user_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_thread_readers_user" ON "developer_group_thread_readers" ("user_id")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_documents" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "name" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_developer_group_documents_name" UNIQUE ("group_id", "name")
      )`);
    await q.query(`
      CREATE TABLE "developer_group_document_versions" (
        "id" uuid PRIMARY KEY,
        "document_id" uuid NOT NULL REFERENCES "developer_group_documents" ("id") ON DELETE CASCADE,
        "version" int NOT NULL,
        "media_type" text NOT NULL,
        "size_bytes" int NOT NULL CONSTRAINT "ck_developer_group_document_versions_size" CHECK ("size_bytes" > 0),
        "sha256" text NOT NULL,
        "uploaded_by" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "uploaded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_developer_group_document_versions" UNIQUE ("document_id", "version")
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_document_versions_uploader" ON "developer_group_document_versions" ("uploaded_by")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_events" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "developer_groups" ("id") ON DELETE CASCADE,
        "title" text NOT NULL,
        "kind" text NOT NULL CONSTRAINT "ck_developer_group_events_kind" CHECK ("kind" IN ('meeting', 'market_dialogue')),
        "starts_at" timestamptz NOT NULL,
        "location" text,
        "online_url" text,
        "description" text,
        "registration_open" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_developer_group_events_registration" CHECK (NOT "registration_open" OR "kind" = 'market_dialogue')
      )`);
    await q.query(
      `CREATE INDEX "ix_developer_group_events_group" ON "developer_group_events" ("group_id", "starts_at")`,
    );
    await q.query(`
      CREATE TABLE "developer_group_event_registrations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL REFERENCES "developer_group_events" ("id") ON DELETE CASCADE,
        "full_name" text NOT NULL,
        "company" text NOT NULL,
        "business_id" text NOT NULL,
        "email" text NOT NULL,
        "consented_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // An address registers once per event whatever its case, also when the same form is sent twice at once.
    await q.query(
      `CREATE UNIQUE INDEX "uq_developer_group_event_registrations_email" ON "developer_group_event_registrations"
         ("event_id", lower("email"))`,
    );
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck([...KINDS_BEFORE, 'thread_reply']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE kind = 'thread_reply'`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck(KINDS_BEFORE));
    await q.query(`DROP TABLE "developer_group_event_registrations"`);
    await q.query(`DROP TABLE "developer_group_events"`);
    await q.query(`DROP TABLE "developer_group_document_versions"`);
    await q.query(`DROP TABLE "developer_group_documents"`);
    await q.query(`DROP TABLE "developer_group_thread_readers"`);
    await q.query(`DROP TABLE "developer_group_posts"`);
    await q.query(`DROP TABLE "developer_group_threads"`);
    await q.query(`DROP TABLE "developer_group_join_requests"`);
    await q.query(`DROP TABLE "developer_group_members"`);
    await q.query(`DROP TABLE "developer_group_facilitators"`);
    await q.query(`DROP TABLE "developer_groups"`);
  }
}
