import type {
  CreateIndicatorRequest,
  CreateMeasurementRequest,
  Novelty,
  ProcurementInput,
  ProcurementProcedure,
  SustainabilityAspect,
} from '@keino/contracts';

import type { ProcurementsService } from '../procurements/procurements.service';

type DemoIndicator = CreateIndicatorRequest & { measurements: CreateMeasurementRequest[] };

// What the demo organisations buy: a title, its CPV code and a typical value in euros.
const SUBJECTS: [title: string, cpv: string, value: number][] = [
  ['Koulujen ja päiväkotien ruokapalvelut', '55524000-9', 1_800_000],
  ['Sähköbussien liikennöinti', '60112000-6', 4_200_000],
  ['Koulun peruskorjaus', '45453000-7', 6_500_000],
  ['Asiakastietojärjestelmän ylläpito', '72000000-5', 900_000],
  ['Siivouspalvelut', '90910000-9', 1_100_000],
  ['Toimistokalusteet kiertotaloudella', '39130000-2', 240_000],
  ['Uusiutuva sähkö', '09310000-5', 2_600_000],
  ['Kotihoidon etäpalvelut', '85000000-9', 1_500_000],
  ['Kannettavat tietokoneet', '30213100-6', 380_000],
  ['Katujen kunnossapito', '45233140-2', 3_100_000],
  ['Kutsuliikenteen palvelu', '60000000-8', 700_000],
  ['Jätehuollon palvelut', '90000000-7', 1_250_000],
];
const PROCEDURES: ProcurementProcedure[] = [
  'open',
  'competitive_dialogue',
  'restricted',
  'innovation_partnership',
  'framework',
  'negotiated',
  'open',
  'direct_award',
];
// Varied, about as the national survey found: most procurements nothing new, some new to the buyer, a few innovative.
const NOVELTIES: Novelty[] = [
  'none',
  'new_to_buyer',
  'none',
  'new_to_market',
  'new_to_buyer',
  'none',
  'new_procedure',
];
const ASPECTS: SustainabilityAspect[][] = [
  ['environmental'],
  [],
  ['social', 'environmental'],
  ['circular'],
  [],
  ['climate', 'environmental'],
  [],
  ['social'],
];

/** Emissions halved over the contract, measured each year since it started. */
function emissions(startYear: number, thisYear: number, step: number): DemoIndicator {
  const measurements: CreateMeasurementRequest[] = [];
  for (let y = startYear; y <= thisYear; y++) {
    measurements.push({ measuredOn: `${y}-12-31`, value: Math.round(1200 - (y - startYear + 1) * step) });
  }
  return {
    name: 'Hiilidioksidipäästöt',
    unit: 't CO₂e',
    baseline: 1200,
    target: 600,
    direction: 'decrease',
    measurements,
  };
}

function satisfaction(startYear: number, thisYear: number): DemoIndicator {
  const measurements: CreateMeasurementRequest[] = [];
  for (let y = startYear; y <= thisYear; y++) {
    measurements.push({ measuredOn: `${y}-06-30`, value: 3.4 + 0.3 * (y - startYear + 1) });
  }
  return {
    name: 'Asiakastyytyväisyys',
    unit: '1–5',
    baseline: 3.4,
    target: 4.5,
    direction: 'increase',
    measurements,
  };
}

/**
 * Three years of each demo organisation's register, up to this year: five procurements a year, novelty and
 * sustainability varied; the strategic ones of earlier years follow indicators with a measurement a year.
 */
export async function seedDemoProcurements(
  procurements: ProcurementsService,
  orgs: Record<string, string>,
  now: number,
): Promise<number> {
  const thisYear = new Date(now).getUTCFullYear();
  let n = 0;
  for (const [o, organizationId] of Object.values(orgs).entries()) {
    for (let y = 0; y < 3; y++) {
      const year = thisYear - 2 + y;
      for (let k = 0; k < 5; k++) {
        const i = o * 15 + y * 5 + k;
        const [title, cpvCode, value] = SUBJECTS[(o * 5 + k) % SUBJECTS.length];
        const novelty = NOVELTIES[(i * 3 + o) % NOVELTIES.length];
        const strategic = k === 0 || novelty === 'new_to_market';
        const input: ProcurementInput = {
          title,
          description: `<p>${title}: ${year}.</p>`,
          cpvCode,
          valueEur: Math.round(value * (0.7 + ((i * 37) % 60) / 100)),
          year,
          procedure: PROCEDURES[(i + o) % PROCEDURES.length],
          status: year < thisYear ? 'completed' : (['tendering', 'contracted', 'planned'] as const)[k % 3],
          novelty,
          sustainability: ASPECTS[(i + y) % ASPECTS.length],
          marketDialogue: novelty !== 'none' || k % 3 === 0,
          strategic,
        };
        const indicators =
          strategic && year < thisYear
            ? [emissions(year, thisYear, 120 + 20 * k), satisfaction(year, thisYear)]
            : [];
        await procurements.seedProcurement(organizationId, input, indicators);
        n++;
      }
    }
  }
  return n;
}
