import { randomUUID } from 'node:crypto';
import type { CohortResponse, CourseDetailResponse, EnrollmentResponse } from '@keino/contracts';

import {
  Actor,
  addModule,
  auth,
  businessId,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  getMaturityModel,
  setProgress,
} from './factories';
import { startSuite } from './setup/suite';
import { TestApp } from './setup/test-app';

/**
 * Role × endpoint × ownership. Every route the OpenAPI document lists must have a row here, so a new route cannot
 * ship without its access cases. Ownership: `participant` is enrolled in `cohort` and works for `orgA`;
 * `colleague` and `coordinator` work for `orgA` too; `outsider` for `orgB`; `trainer` runs `cohort` and edits
 * `course`; `otherTrainer` neither; `agent` follows orgA's region.
 */
type ActorName =
  | 'anonymous'
  | 'admin'
  | 'trainer'
  | 'otherTrainer'
  | 'participant'
  | 'colleague'
  | 'coordinator'
  | 'outsider'
  | 'agent';

interface World {
  course: CourseDetailResponse;
  draftId: string;
  cohort: CohortResponse;
  otherCohort: CohortResponse;
  enrollment: EnrollmentResponse;
  orgA: string;
  orgB: string;
  users: Record<Exclude<ActorName, 'anonymous'>, Actor>;
  /** A fresh module/activity of `course` for cases that delete or change one. */
  freshModule(): Promise<string>;
  freshActivity(): Promise<string>;
  /** A draft procurement case of orgA, written by `participant`. */
  draftCase: string;
  /** The code of `colleague`'s certificate (a completed one-activity cohort). */
  certificate: string;
  /** One of `participant`'s notifications (their enrolment into a full cohort put them on the waitlist). */
  notification: string;
  /** A newly registered participant's id, for cases that erase one. */
  freshUser(): Promise<string>;
  /** `participant`'s enrolment in a cohort (run by `trainer`) of a one-assessment course, and that activity. */
  assessment: { enrollment: string; activity: string };
  /** The current maturity model as a PUT body, and an answer of level 3 to each of its dimensions. */
  maturityModel: { dimensions: { id: string; name: object; levels: object[] }[] };
  assessmentAnswers: { dimensionId: string; level: number }[];
  /**
   * A team assignment in a cohort of its own (trainer: `trainer`; enrolled: `participant` and `colleague` of orgA,
   * `outsider` of orgB): orgA's draft `submissionId` with a file `attachmentId`.
   */
  assignment: {
    cohortId: string;
    enrollmentId: string;
    activityId: string;
    submissionId: string;
    attachmentId: string;
    freshAttachment(): Promise<string>;
  };
}

interface Case {
  as: ActorName;
  path: (w: World) => string | Promise<string>;
  body?: (w: World) => unknown;
  /** A file sent as multipart/form-data in the field `file`. */
  attach?: Buffer;
  expect: number;
}

const NONE = '00000000-0000-4000-8000-000000000000';
/** A 1×1 PNG: an allowed attachment. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const page = (w: World) => w.course.modules[0].activities[0].id;
const workshop = (w: World) => w.course.modules[0].activities[1].id;

const MATRIX: Record<string, Case[]> = {
  'GET /api/health': [{ as: 'anonymous', path: () => '/api/health', expect: 200 }],
  'POST /api/auth/register': [
    {
      as: 'anonymous',
      path: () => '/api/auth/register',
      body: () => ({
        email: `m-${Date.now()}@keino.example`,
        password: 'x'.repeat(12),
        fullName: 'Matriisi',
      }),
      expect: 201,
    },
  ],
  'POST /api/auth/login': [
    {
      as: 'anonymous',
      path: () => '/api/auth/login',
      body: () => ({ email: 'no@keino.example', password: 'x' }),
      expect: 401,
    },
  ],
  'POST /api/auth/refresh': [
    {
      as: 'anonymous',
      path: () => '/api/auth/refresh',
      body: () => ({ refreshToken: 'x'.repeat(43) }),
      expect: 401,
    },
  ],
  'GET /api/auth/me': [
    { as: 'anonymous', path: () => '/api/auth/me', expect: 401 },
    { as: 'participant', path: () => '/api/auth/me', expect: 200 },
  ],
  'PATCH /api/auth/me': [
    { as: 'anonymous', path: () => '/api/auth/me', body: () => ({ locale: 'sv' }), expect: 401 },
    { as: 'colleague', path: () => '/api/auth/me', body: () => ({ locale: 'fi' }), expect: 200 },
  ],
  'GET /api/auth/me/data': [
    { as: 'anonymous', path: () => '/api/auth/me/data', expect: 401 },
    { as: 'participant', path: () => '/api/auth/me/data', expect: 200 },
  ],
  'POST /api/auth/password': [
    {
      as: 'anonymous',
      path: () => '/api/auth/password',
      body: () => ({ currentPassword: 'x', newPassword: 'y'.repeat(12) }),
      expect: 401,
    },
    {
      as: 'participant',
      path: () => '/api/auth/password',
      body: () => ({ currentPassword: 'not the password', newPassword: 'y'.repeat(12) }),
      expect: 400,
    },
  ],
  'DELETE /api/users/{id}': [
    { as: 'anonymous', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 401 },
    { as: 'participant', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 403 },
    { as: 'coordinator', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 403 },
    { as: 'admin', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 204 },
    { as: 'admin', path: () => `/api/users/${NONE}`, expect: 404 },
  ],
  'GET /api/me/certificates': [
    { as: 'anonymous', path: () => '/api/me/certificates', expect: 401 },
    { as: 'participant', path: () => '/api/me/certificates', expect: 200 },
  ],
  'GET /api/certificates/{code}': [
    { as: 'anonymous', path: () => '/api/certificates/00000-00000-00000-00000', expect: 404 },
    { as: 'anonymous', path: (w) => `/api/certificates/${w.certificate}`, expect: 200 },
  ],
  'GET /api/certificates/{code}/pdf': [
    { as: 'anonymous', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 404 },
    { as: 'trainer', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 404 },
    { as: 'colleague', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 200 },
    { as: 'admin', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 200 },
  ],
  'GET /api/me/notifications': [
    { as: 'anonymous', path: () => '/api/me/notifications', expect: 401 },
    { as: 'participant', path: () => '/api/me/notifications', expect: 200 },
    { as: 'agent', path: () => '/api/me/notifications?limit=5', expect: 200 },
  ],
  'POST /api/me/notifications/read-all': [
    { as: 'anonymous', path: () => '/api/me/notifications/read-all', expect: 401 },
    { as: 'trainer', path: () => '/api/me/notifications/read-all', expect: 200 },
  ],
  'POST /api/me/notifications/{id}/read': [
    { as: 'anonymous', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 404 },
    { as: 'admin', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 404 },
    { as: 'participant', path: () => `/api/me/notifications/${NONE}/read`, expect: 404 },
    { as: 'participant', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 200 },
  ],
  'GET /api/admin/outbox': [
    { as: 'anonymous', path: () => '/api/admin/outbox', expect: 401 },
    { as: 'participant', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'trainer', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'coordinator', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'admin', path: () => '/api/admin/outbox?status=outbox', expect: 200 },
  ],
  'POST /api/admin/reminders/run': [
    { as: 'anonymous', path: () => '/api/admin/reminders/run', expect: 401 },
    { as: 'participant', path: () => '/api/admin/reminders/run', expect: 403 },
    { as: 'agent', path: () => '/api/admin/reminders/run', expect: 403 },
    { as: 'admin', path: () => '/api/admin/reminders/run', expect: 200 },
  ],
  'POST /api/cases': [
    { as: 'anonymous', path: () => '/api/cases', body: () => ({ title: 'Tapaus' }), expect: 401 },
    { as: 'participant', path: () => '/api/cases', body: () => ({ title: 'Tapaus' }), expect: 201 },
    {
      as: 'participant',
      path: () => '/api/cases',
      body: (w) => ({ title: 'Toisen puolesta', organizationId: w.orgB }),
      expect: 403,
    },
  ],
  'GET /api/cases': [
    { as: 'anonymous', path: () => '/api/cases', expect: 401 },
    { as: 'outsider', path: () => '/api/cases', expect: 200 },
    { as: 'trainer', path: () => '/api/cases?scope=drafts', expect: 200 },
  ],
  'GET /api/cases/{id}': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}`, expect: 401 },
    { as: 'colleague', path: (w) => `/api/cases/${w.draftCase}`, expect: 200 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}`, expect: 404 },
    { as: 'agent', path: (w) => `/api/cases/${w.draftCase}`, expect: 404 },
    { as: 'admin', path: (w) => `/api/cases/${w.draftCase}`, expect: 200 },
  ],
  'PATCH /api/cases/{id}': [
    {
      as: 'anonymous',
      path: (w) => `/api/cases/${w.draftCase}`,
      body: () => ({ summary: 's' }),
      expect: 401,
    },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}`, body: () => ({ summary: 's' }), expect: 404 },
    {
      as: 'colleague',
      path: (w) => `/api/cases/${w.draftCase}`,
      body: () => ({ summary: 's' }),
      expect: 200,
    },
    { as: 'admin', path: (w) => `/api/cases/${w.draftCase}`, body: () => ({ summary: 's' }), expect: 200 },
  ],
  'POST /api/cases/{id}/publish': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 404 },
    { as: 'coordinator', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 409 },
  ],
  'GET /api/cases/{id}/comments': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 404 },
    { as: 'colleague', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 200 },
  ],
  'POST /api/cases/{id}/comments': [
    {
      as: 'anonymous',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 401,
    },
    {
      as: 'outsider',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 404,
    },
    {
      as: 'colleague',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 201,
    },
  ],
  'GET /api/users': [
    { as: 'admin', path: () => '/api/users', expect: 200 },
    { as: 'coordinator', path: () => '/api/users', expect: 403 },
    { as: 'trainer', path: () => '/api/users', expect: 403 },
    { as: 'anonymous', path: () => '/api/users', expect: 401 },
  ],
  'PATCH /api/users/{id}': [
    {
      as: 'admin',
      path: (w) => `/api/users/${w.users.colleague.id}`,
      body: () => ({ regions: [] }),
      expect: 200,
    },
    {
      as: 'participant',
      path: (w) => `/api/users/${w.users.participant.id}`,
      body: () => ({ roles: ['admin'] }),
      expect: 403,
    },
    {
      as: 'agent',
      path: (w) => `/api/users/${w.users.colleague.id}`,
      body: () => ({ regions: ['01'] }),
      expect: 403,
    },
  ],
  'POST /api/organizations': [
    {
      as: 'admin',
      path: () => '/api/organizations',
      body: () => ({ name: 'Matriisikunta', businessId: businessId(), kind: 'other', region: '01' }),
      expect: 201,
    },
    {
      as: 'coordinator',
      path: () => '/api/organizations',
      body: () => ({ name: 'Matriisikunta', businessId: businessId(), kind: 'other', region: '01' }),
      expect: 403,
    },
  ],
  'GET /api/organizations': [
    { as: 'participant', path: () => '/api/organizations', expect: 200 },
    { as: 'anonymous', path: () => '/api/organizations', expect: 401 },
  ],
  'GET /api/organizations/directory': [
    { as: 'anonymous', path: () => '/api/organizations/directory?q=a', expect: 200 },
  ],
  'GET /api/organizations/{id}/members': [
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgA}/members?q=a`, expect: 200 },
    { as: 'admin', path: (w) => `/api/organizations/${w.orgB}/members`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgB}/members`, expect: 404 },
    { as: 'participant', path: (w) => `/api/organizations/${w.orgA}/members`, expect: 403 },
  ],
  'GET /api/organizations/{id}/enrollments': [
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 200 },
    { as: 'agent', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 200 },
    { as: 'admin', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 404 },
    { as: 'agent', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 404 },
    { as: 'participant', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 403 },
    { as: 'trainer', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 403 },
  ],
  'GET /api/organizations/{id}': [
    { as: 'outsider', path: (w) => `/api/organizations/${w.orgA}`, expect: 200 },
    { as: 'admin', path: () => `/api/organizations/${NONE}`, expect: 404 },
  ],
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
  ...impactRows('impact'),
  ...impactRows('impact.csv'),
  ...impactRows('impact.xlsx'),
  ...assignmentRows(),
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

/** Team assignment routes: the team edits, the cohort's trainers review, everyone else gets 404. Rows run in order. */
function assignmentRows(): Record<string, Case[]> {
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

describe('authorisation matrix', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    const { t: app, admin } = await startSuite();
    t = app;
    const orgA = await createOrganization(t, admin, { region: '11' });
    const orgB = await createOrganization(t, admin, { region: '12' });
    const users = {
      admin,
      trainer: await createUser(t, admin, { roles: ['trainer'] }),
      otherTrainer: await createUser(t, admin, { roles: ['trainer'] }),
      participant: await createUser(t, admin, { organizationId: orgA.id }),
      colleague: await createUser(t, admin, { organizationId: orgA.id }),
      coordinator: await createUser(t, admin, {
        roles: ['participant', 'coordinator'],
        organizationId: orgA.id,
      }),
      outsider: await createUser(t, admin, { organizationId: orgB.id }),
      agent: await createUser(t, admin, { roles: ['change_agent'], regions: ['11'] }),
    };
    const course = await createPublishedCourse(t, users.trainer);
    const draft = await t.http
      .post('/api/courses')
      .set(auth(users.trainer))
      .send({ title: 'Luonnos', summary: '', language: 'fi' });
    // Closed for enrolment, so only the people in it see it.
    const cohort = await createCohort(t, admin, course.id, {
      trainerIds: [users.trainer.id],
      enrollmentClosesAt: '2099-01-01T00:00:00Z',
    });
    const enrollment = await enrol(t, admin, cohort.id, users.participant.id);
    await t.http
      .patch(`/api/cohorts/${cohort.id}`)
      .set(auth(admin))
      .send({ enrollmentClosesAt: '2021-01-01T00:00:00Z' })
      .expect(200);
    const otherCohort = await createCohort(t, admin, course.id, { capacity: 50 });
    const freshModule = async () => (await addModule(t, users.trainer, course.id, [], 'Kertakäyttö')).id;
    // The colleague completes a one-page course of its own, which issues a certificate.
    const short = await createPublishedCourse(t, users.trainer, { modules: [['page']] });
    const shortCohort = await createCohort(t, admin, short.id);
    const done = await enrol(t, users.colleague, shortCohort.id);
    await setProgress(t, users.colleague, done.id, short.modules[0].activities[0].id);
    const [certificate] = (await t.http.get('/api/me/certificates').set(auth(users.colleague))).body;
    // A full one-seat cohort: the participant's enrolment is waitlisted, which notifies them.
    const fullCohort = await createCohort(t, admin, course.id, { capacity: 1 });
    await enrol(t, admin, fullCohort.id, users.colleague.id);
    await enrol(t, admin, fullCohort.id, users.participant.id);
    let notification = '';
    for (let i = 0; i < 100 && !notification; i++) {
      const mine = await t.http.get('/api/me/notifications').set(auth(users.participant));
      notification = mine.body.items?.[0]?.id ?? '';
      if (!notification) await new Promise((r) => setTimeout(r, 50));
    }
    const draftCase = await t.http
      .post('/api/cases')
      .set(auth(users.participant))
      .send({ title: 'Luonnostapaus' })
      .expect(201);
    // A one-assessment course of its own, so the main course's figures stay as they are.
    const assessed = await createPublishedCourse(t, users.trainer, { modules: [['assessment']] });
    const assessedCohort = await createCohort(t, admin, assessed.id, { trainerIds: [users.trainer.id] });
    const assessedEnrollment = await enrol(t, admin, assessedCohort.id, users.participant.id);
    const model = await getMaturityModel(t, admin);
    // The team assignment: a course of one assignment, orgA's team (participant, colleague) and orgB's (outsider).
    const taskCourse = await createPublishedCourse(t, users.trainer, { modules: [['assignment']] });
    const taskCohort = await createCohort(t, admin, taskCourse.id, { trainerIds: [users.trainer.id] });
    const taskEnrollment = await enrol(t, users.participant, taskCohort.id);
    await enrol(t, users.colleague, taskCohort.id);
    await enrol(t, users.outsider, taskCohort.id);
    const taskActivity = taskCourse.modules[0].activities[0].id;
    const submission = await t.http
      .get(`/api/enrollments/${taskEnrollment.id}/assignments/${taskActivity}`)
      .set(auth(users.participant))
      .expect(200);
    const upload = async () =>
      (
        await t.http
          .post(`/api/assignments/${submission.body.id}/attachments`)
          .set(auth(users.participant))
          .attach('file', PNG, 'liite.png')
          .expect(201)
      ).body.id as string;
    const attachmentId = await upload();
    world = {
      notification,
      assessment: { enrollment: assessedEnrollment.id, activity: assessed.modules[0].activities[0].id },
      maturityModel: {
        dimensions: model.dimensions.map((d) => ({ id: d.id, name: d.name, levels: d.levels })),
      },
      assessmentAnswers: model.dimensions.map((d) => ({ dimensionId: d.id, level: 3 })),
      assignment: {
        cohortId: taskCohort.id,
        enrollmentId: taskEnrollment.id,
        activityId: taskActivity,
        submissionId: submission.body.id,
        attachmentId,
        freshAttachment: upload,
      },
      draftCase: draftCase.body.id,
      certificate: certificate.code,
      course,
      draftId: draft.body.id,
      cohort,
      otherCohort,
      enrollment,
      orgA: orgA.id,
      orgB: orgB.id,
      users,
      freshModule,
      freshUser: async () =>
        (
          await t.http
            .post('/api/auth/register')
            .send({
              email: `fresh-${randomUUID()}@keino.example`,
              password: 'x'.repeat(12),
              fullName: 'Kerta Käyttäjä',
            })
            .expect(201)
        ).body.id,
      freshActivity: async () =>
        (
          await t.http
            .post(`/api/modules/${await freshModule()}/activities`)
            .set(auth(users.trainer))
            .send({ kind: 'page', title: 'Kertakäyttö', required: false })
            .expect(201)
        ).body.id,
    };
  });
  afterAll(() => t.close());

  it('has a row for every route of the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  for (const [route, cases] of Object.entries(MATRIX)) {
    const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    for (const c of cases) {
      it(`${route} as ${c.as} answers ${c.expect}`, async () => {
        let req = t.http[method](await c.path(world));
        if (c.as !== 'anonymous') req = req.set(auth(world.users[c.as]));
        const res = c.attach
          ? await req.attach('file', c.attach, 'matriisi.png')
          : c.body
            ? await req.send(c.body(world) as object)
            : await req;
        expect({ status: res.status, code: res.body?.code }).toMatchObject({ status: c.expect });
      });
    }
  }
});
