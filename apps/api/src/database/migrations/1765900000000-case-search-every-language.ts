import { MigrationInterface, QueryRunner } from 'typeorm';

// The themes' names as the library shows them in fi, sv and en (apps/web/public/i18n, cases.themes).
const THEME_WORDS: Record<string, string> = {
  strategy:
    'Hankintastrategia ja johtaminen Upphandlingsstrategi och ledning Procurement strategy and leadership',
  sustainability: 'Kestävyys Hållbarhet Sustainability',
  circular_economy: 'Kiertotalous Cirkulär ekonomi Circular economy',
  climate: 'Ilmasto Klimat Climate',
  social_responsibility: 'Sosiaalinen vastuu Socialt ansvar Social responsibility',
  innovation: 'Innovaatiot Innovationer Innovation',
  market_dialogue: 'Markkinavuoropuhelu Marknadsdialog Market dialogue',
  digitalisation: 'Digitalisaatio Digitalisering Digitalisation',
  impact_measurement: 'Vaikuttavuuden mittaaminen Mätning av effekter Impact measurement',
  // The compounds' last parts too, which a search for the plain word would not reach inside the compound.
  cooperation:
    'Yhteistyö ja yhteishankinnat hankinnat Samarbete och samupphandlingar upphandlingar Cooperation and joint procurement',
};

// One part of the case in every configuration: its own language's stems, the other two languages' stems (people
// search a Finnish case with a Swedish or English word that the case quotes), and the words as written (`simple`),
// which prefix searches need for Finnish inflections the stemmer leaves apart (hankinta, hankinnat, hankintojen).
const everyConfig = (text: string, weight: string) =>
  `setweight(
     to_tsvector('finnish'::regconfig, ${text}) || to_tsvector('swedish'::regconfig, ${text}) ||
     to_tsvector('english'::regconfig, ${text}) || to_tsvector('simple'::regconfig, ${text}), '${weight}')`;

const ownConfig = `CASE "language" WHEN 'sv' THEN 'swedish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'finnish'::regconfig END`;

/**
 * Case search in every language: each case's text is indexed in the Finnish, Swedish and English configurations
 * and as written, and so are the names of its themes in all three languages, so "ilmasto" finds the cases filed
 * under climate and "upphandling" the Finnish cases about procurement strategy.
 */
export class CaseSearchEveryLanguage1765900000000 implements MigrationInterface {
  name = 'CaseSearchEveryLanguage1765900000000';

  async up(q: QueryRunner): Promise<void> {
    const cases = Object.entries(THEME_WORDS)
      .map(([theme, words]) => `WHEN '${theme}' THEN '${words}'`)
      .join(' ');
    // Immutable, so that the generated column may call it: the names are fixed here, as the migration's snapshot.
    await q.query(`
      CREATE FUNCTION "case_theme_words"(themes text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN coalesce((SELECT string_agg(CASE t ${cases} ELSE '' END, ' ') FROM unnest(themes) AS t), '')`);
    await q.query(`ALTER TABLE "procurement_cases" DROP COLUMN "search"`);
    await q.query(`
      ALTER TABLE "procurement_cases" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
        ${everyConfig(`"title"`, 'A')} ||
        ${everyConfig(`"summary" || ' ' || "purchased" || ' ' || case_theme_words("themes")`, 'B')} ||
        ${everyConfig(`"sustainability_criteria" || ' ' || "innovation_criteria" || ' ' || "results"`, 'C')}
      ) STORED`);
    await q.query(`CREATE INDEX "ix_cases_search" ON "procurement_cases" USING gin ("search")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "procurement_cases" DROP COLUMN "search"`);
    await q.query(`
      ALTER TABLE "procurement_cases" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(${ownConfig}, "title"), 'A') ||
        setweight(to_tsvector(${ownConfig}, "summary" || ' ' || "purchased"), 'B') ||
        setweight(to_tsvector(${ownConfig},
          "sustainability_criteria" || ' ' || "innovation_criteria" || ' ' || "results"), 'C')
      ) STORED`);
    await q.query(`CREATE INDEX "ix_cases_search" ON "procurement_cases" USING gin ("search")`);
    await q.query(`DROP FUNCTION "case_theme_words"(text[])`);
  }
}
