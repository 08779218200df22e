import { Case, page, workshop, World } from './matrix';

/** One's enrolments and progress, the cohort and programme reports, and the audit log. */
export const progressReportRows: Record<string, Case[]> = {
  'GET /api/me/overview': [
    { as: 'participant', path: () => '/api/me/overview', expect: 200 },
    { as: 'anonymous', path: () => '/api/me/overview', expect: 401 },
  ],
  'GET /api/me/enrollments': [
    { as: 'participant', path: () => '/api/me/enrollments', expect: 200 },
    { as: 'anonymous', path: () => '/api/me/enrollments', expect: 401 },
  ],
  'PUT /api/enrollments/{id}/progress/{activityId}': [
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${page(w)}`,
      body: () => ({ state: 'in_progress' }),
      expect: 200,
    },
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${workshop(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 403,
    },
    {
      as: 'trainer',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${workshop(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 200,
    },
    {
      as: 'otherTrainer',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${workshop(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 404,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${page(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 404,
    },
    {
      as: 'colleague',
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${page(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 404,
    },
  ],
  'GET /api/enrollments/{id}/progress': [
    { as: 'participant', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 200 },
    { as: 'trainer', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 200 },
    { as: 'admin', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 200 },
    { as: 'colleague', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 404 },
    { as: 'outsider', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 404 },
    { as: 'otherTrainer', path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 404 },
  ],
  ...reportRows('report'),
  ...reportRows('report.csv'),
  ...reportRows('report.xlsx'),
  ...reportRows('at-risk'),
  ...reportRows('progress-grid'),
  ...reportRows('report/timeline'),
  ...programmeRows('programme'),
  ...programmeRows('programme.csv'),
  'GET /api/audit-events': [
    { as: 'admin', path: () => '/api/audit-events', expect: 200 },
    { as: 'agent', path: () => '/api/audit-events', expect: 403 },
    { as: 'trainer', path: () => '/api/audit-events', expect: 403 },
  ],
};

/** The impact reports (maturity answers); they run after the assessment rows, as they always have. */
export const impactReportRows: Record<string, Case[]> = {
  ...impactRows('impact'),
  ...impactRows('impact.csv'),
  ...impactRows('impact.xlsx'),
};

function impactRows(name: string): Record<string, Case[]> {
  const path = () => `/api/reports/${name}`;
  return {
    [`GET /api/reports/${name}`]: [
      { as: 'admin', path, expect: 200 },
      { as: 'trainer', path, expect: 200 },
      { as: 'agent', path, expect: 200 },
      { as: 'coordinator', path, expect: 200 },
      { as: 'participant', path, expect: 403 },
      { as: 'anonymous', path, expect: 401 },
      { as: 'admin', path: () => `/api/reports/${name}?group=nothing`, expect: 400 },
    ],
  };
}

function reportRows(name: string): Record<string, Case[]> {
  const path = (w: World) => `/api/cohorts/${w.cohort.id}/${name}`;
  return {
    [`GET /api/cohorts/{id}/${name}`]: [
      { as: 'trainer', path, expect: 200 },
      { as: 'admin', path, expect: 200 },
      { as: 'agent', path, expect: 200 },
      { as: 'otherTrainer', path, expect: 403 },
      { as: 'participant', path, expect: 403 },
      { as: 'coordinator', path, expect: 403 },
    ],
  };
}

function programmeRows(name: string): Record<string, Case[]> {
  const path = () => `/api/reports/${name}`;
  return {
    [`GET /api/reports/${name}`]: [
      { as: 'admin', path, expect: 200 },
      { as: 'agent', path, expect: 200 },
      { as: 'trainer', path, expect: 403 },
      { as: 'coordinator', path, expect: 403 },
      { as: 'participant', path, expect: 403 },
      { as: 'anonymous', path, expect: 401 },
    ],
  };
}
