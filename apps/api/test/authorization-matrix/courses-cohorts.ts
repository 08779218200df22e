import { Case, NONE, World } from './matrix';

/** Courses, their modules and activities: the course's trainers edit, others get 403 (or 404 for a draft). */
export const courseRows: Record<string, Case[]> = {
  'POST /api/courses': [
    {
      as: 'trainer',
      path: () => '/api/courses',
      body: () => ({ title: 'Uusi kurssi', summary: '', language: 'sv' }),
      expect: 201,
    },
    {
      as: 'participant',
      path: () => '/api/courses',
      body: () => ({ title: 'Uusi kurssi', summary: '', language: 'sv' }),
      expect: 403,
    },
    {
      as: 'agent',
      path: () => '/api/courses',
      body: () => ({ title: 'Uusi kurssi', summary: '', language: 'sv' }),
      expect: 403,
    },
  ],
  'GET /api/courses': [
    { as: 'participant', path: () => '/api/courses', expect: 200 },
    { as: 'trainer', path: () => '/api/courses?scope=mine', expect: 200 },
    { as: 'anonymous', path: () => '/api/courses', expect: 401 },
    { as: 'anonymous', path: () => '/api/courses?scope=mine', expect: 401 },
  ],
  'GET /api/courses/{id}': [
    { as: 'participant', path: (w) => `/api/courses/${w.course.id}`, expect: 200 },
    { as: 'participant', path: (w) => `/api/courses/${w.draftId}`, expect: 404 },
    { as: 'otherTrainer', path: (w) => `/api/courses/${w.draftId}`, expect: 404 },
    { as: 'trainer', path: (w) => `/api/courses/${w.draftId}`, expect: 200 },
  ],
  'PATCH /api/courses/{id}': [
    {
      as: 'trainer',
      path: (w) => `/api/courses/${w.course.id}`,
      body: () => ({ summary: 'Päivitetty' }),
      expect: 200,
    },
    {
      as: 'otherTrainer',
      path: (w) => `/api/courses/${w.course.id}`,
      body: () => ({ summary: 'x' }),
      expect: 403,
    },
    {
      as: 'trainer',
      path: (w) => `/api/courses/${w.course.id}`,
      body: (w) => ({ trainerIds: [w.users.otherTrainer.id] }),
      expect: 403,
    },
    {
      as: 'participant',
      path: (w) => `/api/courses/${w.course.id}`,
      body: () => ({ summary: 'x' }),
      expect: 403,
    },
  ],
  'POST /api/courses/{id}/modules': [
    {
      as: 'trainer',
      path: (w) => `/api/courses/${w.course.id}/modules`,
      body: () => ({ title: 'Lisämoduuli' }),
      expect: 201,
    },
    {
      as: 'admin',
      path: (w) => `/api/courses/${w.draftId}/modules`,
      body: () => ({ title: 'Lisämoduuli' }),
      expect: 201,
    },
    {
      as: 'otherTrainer',
      path: (w) => `/api/courses/${w.course.id}/modules`,
      body: () => ({ title: 'x' }),
      expect: 403,
    },
    {
      as: 'otherTrainer',
      path: (w) => `/api/courses/${w.draftId}/modules`,
      body: () => ({ title: 'x' }),
      expect: 404,
    },
  ],
  'PUT /api/courses/{id}/modules/order': [
    {
      as: 'otherTrainer',
      path: (w) => `/api/courses/${w.course.id}/modules/order`,
      body: () => ({ ids: [] }),
      expect: 403,
    },
    {
      as: 'trainer',
      path: (w) => `/api/courses/${w.course.id}/modules/order`,
      body: () => ({ ids: [NONE] }),
      expect: 400,
    },
  ],
  'POST /api/courses/{id}/publish': [
    { as: 'trainer', path: (w) => `/api/courses/${w.course.id}/publish`, expect: 201 },
    { as: 'otherTrainer', path: (w) => `/api/courses/${w.course.id}/publish`, expect: 403 },
    { as: 'coordinator', path: (w) => `/api/courses/${w.course.id}/publish`, expect: 403 },
  ],
  'GET /api/courses/{id}/versions': [
    { as: 'trainer', path: (w) => `/api/courses/${w.course.id}/versions`, expect: 200 },
    { as: 'otherTrainer', path: (w) => `/api/courses/${w.course.id}/versions`, expect: 403 },
    { as: 'participant', path: (w) => `/api/courses/${w.course.id}/versions`, expect: 403 },
  ],
  'GET /api/courses/{id}/versions/{version}': [
    { as: 'trainer', path: (w) => `/api/courses/${w.course.id}/versions/1`, expect: 200 },
    { as: 'admin', path: (w) => `/api/courses/${w.course.id}/versions/1`, expect: 200 },
    { as: 'otherTrainer', path: (w) => `/api/courses/${w.course.id}/versions/1`, expect: 403 },
    { as: 'participant', path: (w) => `/api/courses/${w.course.id}/versions/1`, expect: 403 },
    { as: 'anonymous', path: (w) => `/api/courses/${w.course.id}/versions/1`, expect: 401 },
  ],
  'PATCH /api/modules/{id}': [
    {
      as: 'trainer',
      path: async (w) => `/api/modules/${await w.freshModule()}`,
      body: () => ({ title: 'Uusi' }),
      expect: 200,
    },
    {
      as: 'otherTrainer',
      path: async (w) => `/api/modules/${await w.freshModule()}`,
      body: () => ({ title: 'Uusi' }),
      expect: 403,
    },
  ],
  'DELETE /api/modules/{id}': [
    { as: 'otherTrainer', path: async (w) => `/api/modules/${await w.freshModule()}`, expect: 403 },
    { as: 'trainer', path: async (w) => `/api/modules/${await w.freshModule()}`, expect: 204 },
    { as: 'admin', path: () => `/api/modules/${NONE}`, expect: 404 },
  ],
  'POST /api/modules/{id}/activities': [
    {
      as: 'trainer',
      path: async (w) => `/api/modules/${await w.freshModule()}/activities`,
      body: () => ({ kind: 'page', title: 'T', required: true }),
      expect: 201,
    },
    {
      as: 'participant',
      path: async (w) => `/api/modules/${await w.freshModule()}/activities`,
      body: () => ({ kind: 'page', title: 'T', required: true }),
      expect: 403,
    },
    {
      as: 'otherTrainer',
      path: async (w) => `/api/modules/${await w.freshModule()}/activities`,
      body: () => ({ kind: 'page', title: 'T', required: true }),
      expect: 403,
    },
  ],
  'PUT /api/modules/{id}/activities/order': [
    {
      as: 'trainer',
      path: async (w) => `/api/modules/${await w.freshModule()}/activities/order`,
      body: () => ({ ids: [] }),
      expect: 200,
    },
    {
      as: 'otherTrainer',
      path: async (w) => `/api/modules/${await w.freshModule()}/activities/order`,
      body: () => ({ ids: [] }),
      expect: 403,
    },
  ],
  'PATCH /api/activities/{id}': [
    {
      as: 'trainer',
      path: async (w) => `/api/activities/${await w.freshActivity()}`,
      body: () => ({ title: 'Uusi' }),
      expect: 200,
    },
    {
      as: 'otherTrainer',
      path: async (w) => `/api/activities/${await w.freshActivity()}`,
      body: () => ({ title: 'Uusi' }),
      expect: 403,
    },
  ],
  'DELETE /api/activities/{id}': [
    { as: 'otherTrainer', path: async (w) => `/api/activities/${await w.freshActivity()}`, expect: 403 },
    { as: 'admin', path: async (w) => `/api/activities/${await w.freshActivity()}`, expect: 204 },
  ],
};

/** Cohorts, enrolling into them, and changing an enrolment. */
export const cohortRows: Record<string, Case[]> = {
  'POST /api/cohorts': [
    { as: 'admin', path: () => '/api/cohorts', body: (w) => cohortBody(w), expect: 201 },
    { as: 'trainer', path: () => '/api/cohorts', body: (w) => cohortBody(w), expect: 403 },
    { as: 'coordinator', path: () => '/api/cohorts', body: (w) => cohortBody(w), expect: 403 },
  ],
  'GET /api/cohorts': [
    { as: 'outsider', path: () => '/api/cohorts', expect: 200 },
    { as: 'anonymous', path: () => '/api/cohorts', expect: 401 },
  ],
  'GET /api/cohorts/{id}': [
    { as: 'participant', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 200 },
    { as: 'trainer', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 200 },
    { as: 'outsider', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 404 },
    { as: 'colleague', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 404 },
    { as: 'otherTrainer', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 404 },
    // orgA of the agent's region takes part.
    { as: 'agent', path: (w) => `/api/cohorts/${w.cohort.id}`, expect: 200 },
  ],
  'PATCH /api/cohorts/{id}': [
    {
      as: 'admin',
      path: (w) => `/api/cohorts/${w.otherCohort.id}`,
      body: () => ({ name: 'Uusi nimi' }),
      expect: 200,
    },
    {
      as: 'trainer',
      path: (w) => `/api/cohorts/${w.cohort.id}`,
      body: () => ({ name: 'Uusi nimi' }),
      expect: 403,
    },
  ],
  'POST /api/cohorts/{id}/enrollments': [
    {
      as: 'colleague',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: () => ({}),
      expect: 201,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: (w) => ({ userId: w.users.participant.id }),
      expect: 201,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: (w) => ({ userId: w.users.outsider.id }),
      expect: 403,
    },
    {
      as: 'participant',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: (w) => ({ userId: w.users.outsider.id }),
      expect: 403,
    },
    {
      as: 'trainer',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: () => ({}),
      expect: 403,
    },
    {
      as: 'admin',
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: (w) => ({ userId: w.users.outsider.id }),
      expect: 201,
    },
    {
      as: 'participant',
      path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`,
      body: () => ({}),
      expect: 409,
    },
  ],
  'GET /api/cohorts/{id}/enrollments': [
    { as: 'trainer', path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`, expect: 200 },
    { as: 'admin', path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`, expect: 200 },
    { as: 'otherTrainer', path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`, expect: 403 },
    { as: 'participant', path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`, expect: 403 },
    { as: 'coordinator', path: (w) => `/api/cohorts/${w.cohort.id}/enrollments`, expect: 403 },
  ],
  'PATCH /api/enrollments/{id}': [
    {
      as: 'participant',
      path: (w) => `/api/enrollments/${w.enrollment.id}`,
      body: () => ({ status: 'active' }),
      expect: 403,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/enrollments/${w.enrollment.id}`,
      body: () => ({ status: 'withdrawn' }),
      expect: 404,
    },
    {
      as: 'outsider',
      path: (w) => `/api/enrollments/${w.enrollment.id}`,
      body: () => ({ status: 'withdrawn' }),
      expect: 404,
    },
    {
      as: 'trainer',
      path: (w) => `/api/enrollments/${w.enrollment.id}`,
      body: () => ({ status: 'withdrawn' }),
      expect: 403,
    },
    {
      as: 'admin',
      path: (w) => `/api/enrollments/${w.enrollment.id}`,
      body: () => ({ status: 'active' }),
      expect: 200,
    },
  ],
};

function cohortBody(w: World) {
  return {
    courseId: w.course.id,
    name: 'Matriisin toteutus',
    startsOn: '2027-01-01',
    endsOn: '2027-06-30',
    capacity: 5,
    approvalRequired: false,
  };
}
