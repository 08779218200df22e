import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case library. Each case is searched in its own language's text-search configuration (finnish, swedish or
 * english stemming), kept in a generated column with a GIN index; a search asks all three at once.
 */
export class ProcurementCases1764700000000 implements MigrationInterface {
  name = 'ProcurementCases1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "procurement_cases" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id"),
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "status" text NOT NULL DEFAULT 'draft' CONSTRAINT "ck_cases_status" CHECK ("status" IN ('draft', 'published')),
        "language" text NOT NULL CONSTRAINT "ck_cases_language" CHECK ("language" IN ('fi', 'sv', 'en')),
        "title" text NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "purchased" text NOT NULL DEFAULT '',
        "procedure" text NOT NULL DEFAULT 'other',
        "sustainability_criteria" text NOT NULL DEFAULT '',
        "innovation_criteria" text NOT NULL DEFAULT '',
        "results" text NOT NULL DEFAULT '',
        "themes" text[] NOT NULL DEFAULT '{}',
        "cpv_code" text,
        "contact_name" text NOT NULL DEFAULT '',
        "contact_email" text NOT NULL DEFAULT '',
        "published_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(
            CASE "language" WHEN 'sv' THEN 'swedish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'finnish'::regconfig END,
            "title"), 'A') ||
          setweight(to_tsvector(
            CASE "language" WHEN 'sv' THEN 'swedish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'finnish'::regconfig END,
            "summary" || ' ' || "purchased"), 'B') ||
          setweight(to_tsvector(
            CASE "language" WHEN 'sv' THEN 'swedish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'finnish'::regconfig END,
            "sustainability_criteria" || ' ' || "innovation_criteria" || ' ' || "results"), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX "ix_cases_search" ON "procurement_cases" USING gin ("search")`);
    await q.query(`CREATE INDEX "ix_cases_themes" ON "procurement_cases" USING gin ("themes")`);
    await q.query(
      `CREATE INDEX "ix_cases_published" ON "procurement_cases" ("published_at" DESC) WHERE "status" = 'published'`,
    );
    await q.query(`CREATE INDEX "ix_cases_organization" ON "procurement_cases" ("organization_id")`);
    await q.query(`
      CREATE TABLE "case_comments" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "procurement_cases" ("id") ON DELETE CASCADE,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "body" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_case_comments_case" ON "case_comments" ("case_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "case_comments"`);
    await q.query(`DROP TABLE "procurement_cases"`);
  }
}
