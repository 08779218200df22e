import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The procurement register: each organisation's significant procurements, how innovative and sustainable each is,
 * and the impact indicators it follows with their measurements. The innovation report reads a year at a time.
 */
export class ProcurementRegister1765700000000 implements MigrationInterface {
  name = 'ProcurementRegister1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "procurements" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id"),
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "cpv_code" text NOT NULL CONSTRAINT "ck_procurements_cpv" CHECK ("cpv_code" ~ '^[0-9]{8}-[0-9]$'),
        "value_eur" bigint NOT NULL CONSTRAINT "ck_procurements_value" CHECK ("value_eur" >= 0),
        "year" integer NOT NULL CONSTRAINT "ck_procurements_year" CHECK ("year" BETWEEN 2000 AND 2100),
        "procedure" text NOT NULL CONSTRAINT "ck_procurements_procedure" CHECK ("procedure" IN
          ('open', 'restricted', 'negotiated', 'competitive_dialogue', 'innovation_partnership', 'direct_award',
           'framework', 'other')),
        "status" text NOT NULL CONSTRAINT "ck_procurements_status" CHECK ("status" IN
          ('planned', 'tendering', 'contracted', 'completed')),
        "novelty" text NOT NULL CONSTRAINT "ck_procurements_novelty" CHECK ("novelty" IN
          ('new_to_market', 'new_procedure', 'new_to_buyer', 'none')),
        "sustainability" text[] NOT NULL DEFAULT '{}' CONSTRAINT "ck_procurements_sustainability" CHECK
          ("sustainability" <@ ARRAY['environmental', 'social', 'circular', 'climate']::text[]),
        "market_dialogue" boolean NOT NULL,
        "strategic" boolean NOT NULL,
        "case_id" uuid REFERENCES "procurement_cases" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // The report reads one year; the register lists an organisation's years.
    await q.query(`CREATE INDEX "ix_procurements_year" ON "procurements" ("year", "organization_id")`);
    await q.query(`CREATE INDEX "ix_procurements_organization" ON "procurements" ("organization_id", "year")`);
    await q.query(`
      CREATE TABLE "procurement_indicators" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "procurement_id" uuid NOT NULL REFERENCES "procurements" ("id") ON DELETE CASCADE,
        "name" text NOT NULL,
        "unit" text NOT NULL,
        "baseline" double precision NOT NULL,
        "target" double precision NOT NULL,
        "direction" text NOT NULL CONSTRAINT "ck_indicators_direction" CHECK ("direction" IN ('increase', 'decrease')),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_indicators_procurement" ON "procurement_indicators" ("procurement_id", "created_at")`,
    );
    await q.query(`
      CREATE TABLE "indicator_measurements" (
        "indicator_id" uuid NOT NULL REFERENCES "procurement_indicators" ("id") ON DELETE CASCADE,
        "measured_on" date NOT NULL,
        "value" double precision NOT NULL,
        CONSTRAINT "indicator_measurements_pkey" PRIMARY KEY ("indicator_id", "measured_on")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "indicator_measurements"`);
    await q.query(`DROP TABLE "procurement_indicators"`);
    await q.query(`DROP TABLE "procurements"`);
  }
}
