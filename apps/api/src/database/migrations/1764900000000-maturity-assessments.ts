import { MigrationInterface, QueryRunner } from 'typeorm';

type Text = { fi: string; sv: string; en: string };

/** The default model: PRODUCT.md's five dimensions, each with the five level descriptions (level 1 first). */
const DEFAULT_DIMENSIONS: { name: Text; levels: Text[] }[] = [
  {
    name: { fi: 'Strategia ja johtaminen', sv: 'Strategi och ledning', en: 'Strategy and management' },
    levels: [
      {
        fi: 'Hankinnoilla ei ole yhteyttä organisaation strategiaan; hankinnat tehdään tapaus kerrallaan.',
        sv: 'Upphandlingarna saknar koppling till organisationens strategi; varje upphandling görs för sig.',
        en: 'Procurement is not connected to the organisation’s strategy; purchases are made case by case.',
      },
      {
        fi: 'Strategiassa mainitaan hankinnat, mutta hankintojen linjauksia ei ole johdettu siitä.',
        sv: 'Strategin nämner upphandlingar, men inga riktlinjer för upphandling har härletts ur den.',
        en: 'The strategy mentions procurement, but no procurement policies have been derived from it.',
      },
      {
        fi: 'Hankintojen linjaukset on johdettu organisaation strategiasta.',
        sv: 'Riktlinjerna för upphandling har härletts ur organisationens strategi.',
        en: 'Procurement policies are derived from the organisation’s strategy.',
      },
      {
        fi: 'Strategiasta johdettujen linjausten toteutumista myös seurataan.',
        sv: 'Genomförandet av riktlinjerna som härletts ur strategin följs också upp.',
        en: 'The policies derived from the strategy are also followed up.',
      },
      {
        fi: 'Linjausten toteutumista myös mitataan, ja toimintaa parannetaan tulosten perusteella.',
        sv: 'Genomförandet mäts också, och verksamheten förbättras utifrån resultaten.',
        en: 'Their implementation is also measured, and practice is improved based on the results.',
      },
    ],
  },
  {
    name: {
      fi: 'Kestävyys ja vaikuttavuus',
      sv: 'Hållbarhet och genomslag',
      en: 'Sustainability and impact',
    },
    levels: [
      {
        fi: 'Ympäristö- ja sosiaalisia näkökohtia ei huomioida hankinnoissa.',
        sv: 'Miljöhänsyn och sociala hänsyn beaktas inte i upphandlingarna.',
        en: 'Environmental and social aspects are not considered in procurement.',
      },
      {
        fi: 'Kestävyyskriteerejä käytetään joissakin hankinnoissa, tekijästä riippuen.',
        sv: 'Hållbarhetskriterier används i vissa upphandlingar, beroende på vem som gör dem.',
        en: 'Sustainability criteria are used in some procurements, depending on who prepares them.',
      },
      {
        fi: 'Organisaatio on asettanut hankinnoille kestävyystavoitteet, ja kriteerejä käytetään säännöllisesti keskeisissä hankintaryhmissä.',
        sv: 'Organisationen har satt upp hållbarhetsmål för upphandlingarna och använder kriterier regelbundet inom de viktigaste upphandlingsområdena.',
        en: 'The organisation has set sustainability goals for procurement and uses criteria regularly in its key categories.',
      },
      {
        fi: 'Kriteerien vaikutuksia myös seurataan sopimuskauden aikana.',
        sv: 'Kriteriernas effekter följs också upp under avtalsperioden.',
        en: 'The effects of the criteria are also followed up during the contract period.',
      },
      {
        fi: 'Vaikuttavuutta myös mitataan (esimerkiksi päästöt, työllistäminen), ja tavoitteita nostetaan tulosten perusteella.',
        sv: 'Genomslaget mäts också (till exempel utsläpp, sysselsättning), och målen höjs utifrån resultaten.',
        en: 'The impact is also measured (for example emissions, employment), and the goals are raised based on the results.',
      },
    ],
  },
  {
    name: {
      fi: 'Innovaatiot ja markkinavuoropuhelu',
      sv: 'Innovation och marknadsdialog',
      en: 'Innovation and market dialogue',
    },
    levels: [
      {
        fi: 'Hankinnat valmistellaan ilman yhteyttä markkinoihin; tarpeet määritellään tuttuina ratkaisuina.',
        sv: 'Upphandlingarna förbereds utan kontakt med marknaden; behoven beskrivs som välkända lösningar.',
        en: 'Procurements are prepared without contact with the market; needs are specified as familiar solutions.',
      },
      {
        fi: 'Markkinavuoropuhelua käydään satunnaisesti, yleensä tietopyyntönä.',
        sv: 'Marknadsdialog förs ibland, oftast som en informationsförfrågan.',
        en: 'Market dialogue takes place occasionally, usually as a request for information.',
      },
      {
        fi: 'Markkinavuoropuhelu on suunniteltu osa merkittävien hankintojen valmistelua, ja tarpeet kuvataan tavoiteltuina lopputuloksina.',
        sv: 'Marknadsdialog är en planerad del av förberedelserna av betydande upphandlingar, och behoven beskrivs som önskade resultat.',
        en: 'Market dialogue is a planned part of preparing significant procurements, and needs are described as outcomes.',
      },
      {
        fi: 'Innovatiiviset hankinnat myös tunnistetaan etukäteen, ja niiden tuloksia seurataan.',
        sv: 'Innovativa upphandlingar identifieras också i förväg, och deras resultat följs upp.',
        en: 'Innovative procurements are also identified in advance, and their results are followed up.',
      },
      {
        fi: 'Innovatiivisten hankintojen osuutta myös mitataan suhteessa tavoitteeseen (esimerkiksi kansallinen 10 %), ja käytäntöjä kehitetään yhdessä tarjoajien kanssa.',
        sv: 'Andelen innovativa upphandlingar mäts också mot ett mål (till exempel det nationella målet 10 %), och arbetssätten utvecklas tillsammans med leverantörerna.',
        en: 'The share of innovative procurements is also measured against a target (for example the national 10 %), and practices are developed together with suppliers.',
      },
    ],
  },
  {
    name: { fi: 'Tieto ja seuranta', sv: 'Data och uppföljning', en: 'Data and follow-up' },
    levels: [
      {
        fi: 'Kokonaiskuvaa organisaation hankinnoista ei ole; tieto on hajallaan eri järjestelmissä.',
        sv: 'Det saknas en helhetsbild av vad organisationen köper; uppgifterna är utspridda i olika system.',
        en: 'There is no overall picture of what the organisation buys; the data is scattered across systems.',
      },
      {
        fi: 'Hankintojen kulutietoja kootaan silloin tällöin yksittäisiin tarpeisiin.',
        sv: 'Uppgifter om inköpsvolymer sammanställs då och då för enskilda behov.',
        en: 'Spend data is compiled now and then for individual needs.',
      },
      {
        fi: 'Hankinta-analyysi ja hankintasuunnitelma pidetään ajan tasalla, ja niitä käytetään suunnittelussa.',
        sv: 'En inköpsanalys och en upphandlingsplan hålls aktuella och används i planeringen.',
        en: 'A spend analysis and a procurement plan are kept up to date and used in planning.',
      },
      {
        fi: 'Sopimuksia ja toimittajia myös seurataan sovituilla mittareilla.',
        sv: 'Avtal och leverantörer följs också upp med överenskomna indikatorer.',
        en: 'Contracts and suppliers are also followed up with agreed indicators.',
      },
      {
        fi: 'Mittareista myös raportoidaan johdolle säännöllisesti, ja päätökset perustuvat niihin.',
        sv: 'Indikatorerna rapporteras också regelbundet till ledningen, och besluten grundar sig på dem.',
        en: 'The indicators are also reported to management regularly, and decisions are based on them.',
      },
    ],
  },
  {
    name: { fi: 'Osaaminen ja yhteistyö', sv: 'Kompetens och samarbete', en: 'Competence and cooperation' },
    levels: [
      {
        fi: 'Hankinnat jäävät yksittäisten asiantuntijoiden varaan; yksiköiden välinen yhteistyö on vähäistä.',
        sv: 'Upphandlingarna hänger på enskilda experter; samarbetet mellan enheterna är litet.',
        en: 'Procurement is left to individual experts; there is little cooperation between units.',
      },
      {
        fi: 'Hankintaosaaminen on muutaman henkilön varassa, ja yhteistyötä tehdään tapauskohtaisesti.',
        sv: 'Upphandlingskompetensen hänger på några få personer, och samarbete sker från fall till fall.',
        en: 'Procurement competence rests on a few people, and cooperation happens case by case.',
      },
      {
        fi: 'Hankintojen roolit ja vastuut on sovittu, ja substanssiasiantuntijat, käyttäjät ja hankintapalvelut tekevät yhteistyötä.',
        sv: 'Roller och ansvar i upphandlingen är överenskomna, och sakkunniga, användare och upphandlingsfunktionen arbetar tillsammans.',
        en: 'Roles and responsibilities in procurement are agreed, and substance experts, users and procurement work together.',
      },
      {
        fi: 'Osaamistarpeet myös tunnistetaan, ja koulutus suunnitellaan niiden mukaan.',
        sv: 'Kompetensbehoven identifieras också, och utbildningen planeras utifrån dem.',
        en: 'Competence needs are also identified, and training is planned accordingly.',
      },
      {
        fi: 'Osaamista ja yhteistyötä myös arvioidaan säännöllisesti, ja organisaatio jakaa oppejaan muille (esimerkiksi hankintaesimerkkeinä).',
        sv: 'Kompetensen och samarbetet utvärderas också regelbundet, och organisationen delar med sig av sina lärdomar (till exempel som upphandlingsexempel).',
        en: 'Competence and cooperation are also evaluated regularly, and the organisation shares its lessons with others (for example as procurement cases).',
      },
    ],
  },
];

/**
 * The maturity self-assessment: the model (dimensions with five level descriptions in fi, sv and en; data, not code)
 * and each enrolment's answers at the start and the end. A dimension that has answers is archived, never deleted,
 * so past impact stays; answers stay when a person is erased (their user row is anonymised, see ADR 0004).
 */
export class MaturityAssessments1764900000000 implements MigrationInterface {
  name = 'MaturityAssessments1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "maturity_dimensions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "position" int NOT NULL,
        "name" jsonb NOT NULL,
        "levels" jsonb NOT NULL CONSTRAINT "ck_maturity_dimensions_levels"
          CHECK (jsonb_typeof("levels") = 'array' AND jsonb_array_length("levels") = 5),
        "archived_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_maturity_dimensions_current" ON "maturity_dimensions" ("position") WHERE "archived_at" IS NULL`,
    );
    await q.query(`
      CREATE TABLE "assessment_answers" (
        "enrollment_id" uuid NOT NULL REFERENCES "enrollments" ("id") ON DELETE CASCADE,
        "phase" text NOT NULL CONSTRAINT "ck_assessment_answers_phase" CHECK ("phase" IN ('start', 'end')),
        "dimension_id" uuid NOT NULL REFERENCES "maturity_dimensions" ("id"),
        "activity_id" uuid NOT NULL,
        "level" int NOT NULL CONSTRAINT "ck_assessment_answers_level" CHECK ("level" BETWEEN 1 AND 5),
        "answered_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("enrollment_id", "phase", "dimension_id")
      )`);
    // The impact report pairs start and end per enrolment (the primary key) and groups by dimension.
    await q.query(`CREATE INDEX "ix_assessment_answers_dimension" ON "assessment_answers" ("dimension_id")`);
    await q.query(
      `INSERT INTO "maturity_dimensions" ("position", "name", "levels")
       SELECT d.i - 1, d.x -> 'name', d.x -> 'levels' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS d(x, i)`,
      [JSON.stringify(DEFAULT_DIMENSIONS)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assessment_answers"`);
    await q.query(`DROP TABLE "maturity_dimensions"`);
  }
}
