import { procurementBody } from '../factories/procurements';
import { Case, NONE, World } from './matrix';

const one = (w: World) => `/api/procurements/${w.procurement.id}`;
const indicator = () => ({ name: 'Päästöt', unit: 't', baseline: 10, target: 5, direction: 'decrease' });
const measurement = () => ({ measuredOn: '2027-06-30', value: 8 });
const year = '?year=2026';
const benchmark = (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments/benchmark`;

/**
 * The peer benchmark of the self-assessment, the procurement register (orgA's procurement, recorded by `participant`; `agent` follows orgA's region) and the
 * innovation report: aggregates for everyone signed in, by organisation for admins and change agents, open data
 * without sign-in.
 */
export const procurementRows: Record<string, Case[]> = {
  // The peer benchmark on a self-assessment result: whoever sees the enrolment's answers.
  'GET /api/enrollments/{id}/assessments/benchmark': [
    { as: 'anonymous', path: benchmark, expect: 401 },
    { as: 'participant', path: benchmark, expect: 200 },
    { as: 'coordinator', path: benchmark, expect: 200 },
    { as: 'trainer', path: benchmark, expect: 200 },
    { as: 'outsider', path: benchmark, expect: 404 },
    { as: 'otherTrainer', path: benchmark, expect: 404 },
    { as: 'agent', path: benchmark, expect: 404 },
    { as: 'admin', path: () => `/api/enrollments/${NONE}/assessments/benchmark`, expect: 404 },
    { as: 'admin', path: benchmark, expect: 200 },
  ],
  'POST /api/procurements': [
    { as: 'anonymous', path: () => '/api/procurements', body: () => procurementBody(), expect: 401 },
    { as: 'participant', path: () => '/api/procurements', body: () => procurementBody(), expect: 201 },
    { as: 'outsider', path: () => '/api/procurements', body: () => procurementBody(), expect: 201 },
    {
      as: 'participant',
      path: () => '/api/procurements',
      body: (w) => procurementBody({ organizationId: w.orgB }),
      expect: 403,
    },
    // Staff without an organisation have no register of their own.
    { as: 'trainer', path: () => '/api/procurements', body: () => procurementBody(), expect: 409 },
    { as: 'agent', path: () => '/api/procurements', body: () => procurementBody(), expect: 409 },
    {
      as: 'admin',
      path: () => '/api/procurements',
      body: (w) => procurementBody({ organizationId: w.orgB }),
      expect: 201,
    },
  ],
  'GET /api/procurements': [
    { as: 'anonymous', path: () => '/api/procurements', expect: 401 },
    { as: 'participant', path: () => '/api/procurements?year=2026', expect: 200 },
    { as: 'agent', path: () => '/api/procurements?region=11', expect: 200 },
    { as: 'trainer', path: () => '/api/procurements', expect: 200 },
    { as: 'admin', path: () => '/api/procurements?novelty=none', expect: 200 },
  ],
  'GET /api/procurements/{id}': [
    { as: 'anonymous', path: one, expect: 401 },
    { as: 'outsider', path: one, expect: 404 },
    { as: 'trainer', path: one, expect: 404 },
    { as: 'admin', path: () => `/api/procurements/${NONE}`, expect: 404 },
    { as: 'participant', path: one, expect: 200 },
    { as: 'colleague', path: one, expect: 200 },
    { as: 'agent', path: one, expect: 200 },
    { as: 'admin', path: one, expect: 200 },
  ],
  'PATCH /api/procurements/{id}': [
    { as: 'anonymous', path: one, body: () => ({ valueEur: 1 }), expect: 401 },
    { as: 'outsider', path: one, body: () => ({ valueEur: 1 }), expect: 404 },
    { as: 'agent', path: one, body: () => ({ valueEur: 1 }), expect: 403 },
    { as: 'colleague', path: one, body: () => ({ valueEur: 2 }), expect: 200 },
    { as: 'admin', path: one, body: () => ({ valueEur: 3 }), expect: 200 },
  ],
  'DELETE /api/procurements/{id}': [
    { as: 'anonymous', path: one, expect: 401 },
    { as: 'outsider', path: one, expect: 404 },
    { as: 'agent', path: one, expect: 403 },
    { as: 'coordinator', path: async (w) => `/api/procurements/${await w.procurement.fresh()}`, expect: 204 },
    { as: 'admin', path: async (w) => `/api/procurements/${await w.procurement.fresh()}`, expect: 204 },
  ],
  'POST /api/procurements/{id}/indicators': [
    { as: 'anonymous', path: (w) => `${one(w)}/indicators`, body: indicator, expect: 401 },
    { as: 'outsider', path: (w) => `${one(w)}/indicators`, body: indicator, expect: 404 },
    { as: 'agent', path: (w) => `${one(w)}/indicators`, body: indicator, expect: 403 },
    { as: 'participant', path: (w) => `${one(w)}/indicators`, body: indicator, expect: 201 },
    { as: 'admin', path: (w) => `${one(w)}/indicators`, body: indicator, expect: 201 },
  ],
  'POST /api/indicators/{id}/measurements': [
    {
      as: 'anonymous',
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: measurement,
      expect: 401,
    },
    {
      as: 'outsider',
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: measurement,
      expect: 404,
    },
    {
      as: 'agent',
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: measurement,
      expect: 403,
    },
    { as: 'colleague', path: () => `/api/indicators/${NONE}/measurements`, body: measurement, expect: 404 },
    {
      as: 'colleague',
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: measurement,
      expect: 201,
    },
    {
      as: 'admin',
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: measurement,
      expect: 201,
    },
  ],
  'POST /api/procurements/{id}/case': [
    { as: 'anonymous', path: (w) => `${one(w)}/case`, expect: 401 },
    { as: 'outsider', path: (w) => `${one(w)}/case`, expect: 404 },
    { as: 'agent', path: (w) => `${one(w)}/case`, expect: 403 },
    {
      as: 'participant',
      path: async (w) => `/api/procurements/${await w.procurement.fresh()}/case`,
      expect: 201,
    },
    { as: 'admin', path: async (w) => `/api/procurements/${await w.procurement.fresh()}/case`, expect: 201 },
  ],
  'GET /api/reports/innovation': [
    { as: 'anonymous', path: () => `/api/reports/innovation${year}`, expect: 401 },
    { as: 'participant', path: () => `/api/reports/innovation${year}`, expect: 200 },
    { as: 'trainer', path: () => `/api/reports/innovation${year}&kind=municipality`, expect: 200 },
    { as: 'agent', path: () => `/api/reports/innovation${year}&region=11`, expect: 200 },
    { as: 'admin', path: () => '/api/reports/innovation', expect: 400 },
  ],
  'GET /api/reports/innovation.csv': [
    { as: 'anonymous', path: () => `/api/reports/innovation.csv${year}`, expect: 401 },
    { as: 'participant', path: () => `/api/reports/innovation.csv${year}`, expect: 403 },
    { as: 'coordinator', path: () => `/api/reports/innovation.csv${year}`, expect: 403 },
    { as: 'trainer', path: () => `/api/reports/innovation.csv${year}`, expect: 403 },
    { as: 'agent', path: () => `/api/reports/innovation.csv${year}`, expect: 200 },
    { as: 'admin', path: () => `/api/reports/innovation.csv${year}`, expect: 200 },
  ],
  'GET /api/reports/innovation.xlsx': [
    { as: 'anonymous', path: () => `/api/reports/innovation.xlsx${year}`, expect: 401 },
    { as: 'coordinator', path: () => `/api/reports/innovation.xlsx${year}`, expect: 403 },
    { as: 'agent', path: () => `/api/reports/innovation.xlsx${year}`, expect: 200 },
    { as: 'admin', path: () => `/api/reports/innovation.xlsx${year}`, expect: 200 },
  ],
  'GET /api/open-data/innovation.json': [
    { as: 'anonymous', path: () => `/api/open-data/innovation.json${year}`, expect: 200 },
    { as: 'anonymous', path: () => '/api/open-data/innovation.json', expect: 400 },
    { as: 'participant', path: () => `/api/open-data/innovation.json${year}`, expect: 200 },
  ],
  'GET /api/open-data/innovation.csv': [
    { as: 'anonymous', path: () => `/api/open-data/innovation.csv${year}`, expect: 200 },
  ],
};
