import { Case, NONE, page, PNG, World } from './matrix';

/** The maturity model and the assessments answered against it. */
export const assessmentRows: Record<string, Case[]> = {
  'GET /api/maturity-model': [
    { as: 'anonymous', path: () => '/api/maturity-model', expect: 401 },
    { as: 'participant', path: () => '/api/maturity-model', expect: 200 },
  ],
  'PUT /api/maturity-model': [
    { as: 'anonymous', path: () => '/api/maturity-model', body: (w) => w.maturityModel, expect: 401 },
    { as: 'participant', path: () => '/api/maturity-model', body: (w) => w.maturityModel, expect: 403 },
    { as: 'trainer', path: () => '/api/maturity-model', body: (w) => w.maturityModel, expect: 403 },
    { as: 'agent', path: () => '/api/maturity-model', body: (w) => w.maturityModel, expect: 403 },
    { as: 'admin', path: () => '/api/maturity-model', body: (w) => w.maturityModel, expect: 200 },
    { as: 'admin', path: () => '/api/maturity-model', body: () => ({ dimensions: [] }), expect: 400 },
  ],
  'GET /api/enrollments/{id}/assessments': [
    { as: 'anonymous', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 401 },
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`,
      expect: 200,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`,
      expect: 200,
    },
    { as: 'trainer', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 200 },
    { as: 'admin', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 200 },
    {
      as: 'otherTrainer',
      path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`,
      expect: 404,
    },
    { as: 'colleague', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 404 },
    { as: 'outsider', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 404 },
    { as: 'agent', path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 404 },
  ],
  // The matrix's cohort is running, so the participant reaches the window check (the 200 is in follow-up.int-spec).
  'PUT /api/enrollments/{id}/assessments/follow-up': [
    ...(['anonymous', 'outsider', 'colleague', 'otherTrainer', 'agent'] as const).map((as) => ({
      as,
      path: (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments/follow-up`,
      body: (w: World) => ({ answers: w.assessmentAnswers }),
      expect: as === 'anonymous' ? 401 : 404,
    })),
    ...(['coordinator', 'trainer', 'admin'] as const).map((as) => ({
      as,
      path: (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments/follow-up`,
      body: (w: World) => ({ answers: w.assessmentAnswers }),
      expect: 403,
    })),
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments/follow-up`,
      body: (w) => ({ answers: w.assessmentAnswers }),
      expect: 409,
    },
    {
      as: 'admin',
      path: () => `/api/enrollments/${NONE}/assessments/follow-up`,
      body: (w) => ({ answers: w.assessmentAnswers }),
      expect: 404,
    },
  ],
  'PUT /api/enrollments/{id}/assessments/{activityId}': [
    ...(['anonymous', 'outsider', 'colleague', 'otherTrainer'] as const).map((as) => ({
      as,
      path: (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments/${w.assessment.activity}`,
      body: (w: World) => ({ answers: w.assessmentAnswers }),
      expect: as === 'anonymous' ? 401 : 404,
    })),
    ...(['coordinator', 'trainer', 'admin'] as const).map((as) => ({
      as,
      path: (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments/${w.assessment.activity}`,
      body: (w: World) => ({ answers: w.assessmentAnswers }),
      expect: 403,
    })),
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments/${w.assessment.activity}`,
      body: (w) => ({ answers: w.assessmentAnswers }),
      expect: 200,
    },
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.enrollment.id}/assessments/${page(w)}`,
      body: (w) => ({ answers: w.assessmentAnswers }),
      expect: 404,
    },
  ],
};

/** Team assignment routes: the team edits, the cohort's trainers review, everyone else gets 404. Rows run in order. */
export function assignmentRows(): Record<string, Case[]> {
  const mine = (w: World) =>
    `/api/enrollments/${w.assignment.enrollmentId}/assignments/${w.assignment.activityId}`;
  const overview = (w: World) => `/api/cohorts/${w.assignment.cohortId}/assignments`;
  const one = (w: World) => `/api/assignments/${w.assignment.submissionId}`;
  const files = (w: World) => `${one(w)}/attachments`;
  const file = (w: World) => `${files(w)}/${w.assignment.attachmentId}`;
  const text = () => ({ body: '<p>Matriisin teksti</p>' });
  const approve = () => ({ decision: 'approved' });
  return {
    'GET /api/enrollments/{enrollmentId}/assignments/{activityId}': [
      { as: 'anonymous', path: mine, expect: 401 },
      { as: 'participant', path: mine, expect: 200 },
      { as: 'colleague', path: mine, expect: 404 },
      { as: 'trainer', path: mine, expect: 404 },
      { as: 'admin', path: mine, expect: 404 },
      {
        as: 'participant',
        path: (w) => `/api/enrollments/${w.assignment.enrollmentId}/assignments/${NONE}`,
        expect: 404,
      },
    ],
    'GET /api/cohorts/{cohortId}/assignments': [
      { as: 'anonymous', path: overview, expect: 401 },
      { as: 'trainer', path: overview, expect: 200 },
      { as: 'admin', path: overview, expect: 200 },
      { as: 'otherTrainer', path: overview, expect: 404 },
      { as: 'participant', path: overview, expect: 404 },
      { as: 'agent', path: overview, expect: 404 },
    ],
    'GET /api/assignments/{id}': [
      { as: 'anonymous', path: one, expect: 401 },
      { as: 'participant', path: one, expect: 200 },
      { as: 'colleague', path: one, expect: 200 },
      { as: 'trainer', path: one, expect: 200 },
      { as: 'admin', path: one, expect: 200 },
      { as: 'outsider', path: one, expect: 404 },
      { as: 'coordinator', path: one, expect: 404 },
      { as: 'otherTrainer', path: one, expect: 404 },
      { as: 'agent', path: one, expect: 404 },
    ],
    'PATCH /api/assignments/{id}': [
      { as: 'anonymous', path: one, body: text, expect: 401 },
      { as: 'colleague', path: one, body: text, expect: 200 },
      { as: 'trainer', path: one, body: text, expect: 403 },
      { as: 'admin', path: one, body: text, expect: 403 },
      { as: 'outsider', path: one, body: text, expect: 404 },
    ],
    'POST /api/assignments/{id}/attachments': [
      { as: 'anonymous', path: files, attach: PNG, expect: 401 },
      { as: 'participant', path: files, attach: PNG, expect: 201 },
      { as: 'participant', path: files, body: () => ({ file: 'x' }), expect: 400 },
      { as: 'trainer', path: files, attach: PNG, expect: 403 },
      { as: 'outsider', path: files, attach: PNG, expect: 404 },
    ],
    'GET /api/assignments/{id}/attachments/{attachmentId}': [
      { as: 'anonymous', path: file, expect: 401 },
      { as: 'colleague', path: file, expect: 200 },
      { as: 'trainer', path: file, expect: 200 },
      { as: 'outsider', path: file, expect: 404 },
      { as: 'otherTrainer', path: file, expect: 404 },
    ],
    'DELETE /api/assignments/{id}/attachments/{attachmentId}': [
      { as: 'anonymous', path: file, expect: 401 },
      { as: 'trainer', path: file, expect: 403 },
      { as: 'outsider', path: file, expect: 404 },
      {
        as: 'participant',
        path: async (w) => `${files(w)}/${await w.assignment.freshAttachment()}`,
        expect: 204,
      },
    ],
    'POST /api/assignments/{id}/comments': [
      { as: 'anonymous', path: (w) => `${one(w)}/comments`, body: text, expect: 401 },
      { as: 'participant', path: (w) => `${one(w)}/comments`, body: text, expect: 201 },
      { as: 'trainer', path: (w) => `${one(w)}/comments`, body: text, expect: 201 },
      { as: 'outsider', path: (w) => `${one(w)}/comments`, body: text, expect: 404 },
    ],
    'POST /api/assignments/{id}/submit': [
      { as: 'anonymous', path: (w) => `${one(w)}/submit`, expect: 401 },
      { as: 'trainer', path: (w) => `${one(w)}/submit`, expect: 403 },
      { as: 'outsider', path: (w) => `${one(w)}/submit`, expect: 404 },
      { as: 'participant', path: (w) => `${one(w)}/submit`, expect: 201 },
      { as: 'colleague', path: (w) => `${one(w)}/submit`, expect: 409 },
    ],
    'POST /api/assignments/{id}/reviews': [
      { as: 'anonymous', path: (w) => `${one(w)}/reviews`, body: approve, expect: 401 },
      { as: 'participant', path: (w) => `${one(w)}/reviews`, body: approve, expect: 403 },
      { as: 'outsider', path: (w) => `${one(w)}/reviews`, body: approve, expect: 404 },
      { as: 'otherTrainer', path: (w) => `${one(w)}/reviews`, body: approve, expect: 404 },
      {
        as: 'trainer',
        path: (w) => `${one(w)}/reviews`,
        body: () => ({ decision: 'revision_requested' }),
        expect: 400,
      },
      { as: 'trainer', path: (w) => `${one(w)}/reviews`, body: approve, expect: 201 },
      { as: 'admin', path: (w) => `${one(w)}/reviews`, body: approve, expect: 409 },
    ],
  };
}
