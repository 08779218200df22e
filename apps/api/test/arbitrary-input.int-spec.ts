import fc from 'fast-check';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  openAssignment,
} from './factories';
import { startSuite } from './setup/suite';
import { TestApp } from './setup/test-app';

// Every table the API writes; a 400 must leave all of them as they were.
const TABLES = [
  'users',
  'refresh_tokens',
  'organizations',
  'courses',
  'course_trainers',
  'course_modules',
  'activities',
  'course_versions',
  'version_modules',
  'version_activities',
  'cohorts',
  'cohort_trainers',
  'module_releases',
  'enrollments',
  'progress',
  'audit_events',
  'certificates',
  'procurement_cases',
  'case_comments',
  'notifications',
  'email_messages',
  'maturity_dimensions',
  'assessment_answers',
  'assignment_submissions',
  'assignment_versions',
  'assignment_attachments',
  'assignment_comments',
];

interface WriteRoute {
  method: 'post' | 'put' | 'patch';
  path: string;
  as: Actor;
  /** The fields the route knows, so arbitrary values reach its validation and rules, not only unknown-field checks. */
  fields: string[];
}

// Hostile values besides the ordinary arbitrary ones (issue 12): NUL characters, numbers past any column's range.
const nulString = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`);
const hugeNumber = fc.constantFrom(1e300, -1e300, 2 ** 63, 1e20, 2 ** 31);
const hugeNumberText = fc.constantFrom(
  '1e300',
  '-1e300',
  '9223372036854775808',
  '99999999999999999999',
  '2147483648',
);

/** `{"field":[[[…]]]}` (or objects) nested from 65 to 10,000 levels, as text: JSON.stringify would recurse. */
const deepNesting = (fields: string[]) =>
  fc
    .tuple(fc.constantFrom(...fields), fc.integer({ min: 65, max: 10_000 }), fc.boolean())
    .map(([field, depth, arrays]) =>
      arrays
        ? `{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`
        : `{"${field}":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    );

interface ListRoute {
  path: string;
  as?: Actor;
  /** The query parameters the route knows (besides limit and offset, which every list takes). */
  params: string[];
}

describe('arbitrary JSON to every write endpoint', () => {
  let t: TestApp;
  let routes: WriteRoute[];
  let lists: ListRoute[];

  const snapshot = async (): Promise<string> => {
    const parts = TABLES.map(
      (table) =>
        `SELECT '${table}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
    );
    const rows: { t: string; h: string }[] = await t.db.query(parts.join(' UNION ALL '));
    return rows.map((r) => `${r.t}:${r.h}`).join(',');
  };

  beforeAll(async () => {
    const {
      t: app,
      admin,
      trainer,
      participant,
    } = await startSuite({ users: { trainer: 'trainer', participant: {} } });
    t = app;
    const course = await createPublishedCourse(t, trainer);
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
    const enrollment = await enrol(t, participant, cohort.id);
    const mod = course.modules[0];
    const activity = mod.activities[0];
    const assessed = await createPublishedCourse(t, trainer, { modules: [['assessment']] });
    const assessedEnrollment = await enrol(t, participant, (await createCohort(t, admin, assessed.id)).id);
    // A team assignment: the participant's draft, which the trainer reviews.
    const task = await createPublishedCourse(t, trainer, { modules: [['assignment']] });
    const taskCohort = await createCohort(t, admin, task.id, { trainerIds: [trainer.id] });
    const member = await createUser(t, admin, { organizationId: (await createOrganization(t, admin)).id });
    const taskEnrollment = await enrol(t, member, taskCohort.id);
    const submission = (await openAssignment(t, member, taskEnrollment.id, task.modules[0].activities[0].id))
      .id;
    lists = [
      { path: '/api/users', as: admin, params: ['role', 'organizationId', 'q'] },
      { path: '/api/cases', as: participant, params: ['q', 'theme', 'region', 'kind', 'scope'] },
      { path: '/api/cohorts', as: admin, params: ['scope'] },
      { path: '/api/audit-events', as: admin, params: ['action', 'subjectId', 'actorId'] },
      { path: '/api/admin/outbox', as: admin, params: ['status', 'q'] },
      { path: '/api/courses', as: trainer, params: ['scope'] },
      { path: '/api/organizations', as: admin, params: ['region', 'kind', 'q'] },
      { path: '/api/organizations/directory', params: ['region', 'kind', 'q'] },
      { path: '/api/me/enrollments', as: participant, params: ['status'] },
      { path: '/api/me/notifications', as: participant, params: [] },
      { path: `/api/cohorts/${taskCohort.id}/assignments`, as: trainer, params: [] },
      { path: '/api/reports/impact', as: admin, params: ['group', 'cohortId', 'organizationId', 'region'] },
    ];
    routes = [
      { method: 'patch', path: `/api/assignments/${submission}`, as: member, fields: ['body'] },
      { method: 'post', path: `/api/assignments/${submission}/comments`, as: member, fields: ['body'] },
      {
        method: 'post',
        path: `/api/assignments/${submission}/reviews`,
        as: trainer,
        fields: ['decision', 'comment'],
      },
      { method: 'put', path: '/api/maturity-model', as: admin, fields: ['dimensions'] },
      {
        method: 'put',
        path: `/api/enrollments/${assessedEnrollment.id}/assessments/${assessed.modules[0].activities[0].id}`,
        as: participant,
        fields: ['answers'],
      },
      {
        method: 'post',
        path: '/api/auth/register',
        as: admin,
        fields: ['email', 'password', 'fullName', 'organizationId', 'locale'],
      },
      { method: 'post', path: '/api/auth/login', as: admin, fields: ['email', 'password'] },
      { method: 'post', path: '/api/auth/refresh', as: admin, fields: ['refreshToken'] },
      { method: 'patch', path: '/api/auth/me', as: participant, fields: ['fullName', 'locale'] },
      {
        method: 'post',
        path: '/api/cases',
        as: participant,
        fields: ['title', 'summary', 'language', 'themes', 'cpvCode', 'contactEmail', 'organizationId'],
      },
      {
        method: 'post',
        path: '/api/auth/password',
        as: participant,
        fields: ['currentPassword', 'newPassword'],
      },
      {
        method: 'patch',
        path: `/api/users/${participant.id}`,
        as: admin,
        fields: ['roles', 'organizationId', 'regions'],
      },
      {
        method: 'post',
        path: '/api/organizations',
        as: admin,
        fields: ['name', 'businessId', 'kind', 'region'],
      },
      {
        method: 'post',
        path: '/api/courses',
        as: trainer,
        fields: ['title', 'summary', 'language', 'trainerIds'],
      },
      {
        method: 'patch',
        path: `/api/courses/${course.id}`,
        as: trainer,
        fields: ['title', 'summary', 'language', 'trainerIds'],
      },
      {
        method: 'post',
        path: `/api/courses/${course.id}/modules`,
        as: trainer,
        fields: ['title', 'summary', 'position'],
      },
      { method: 'put', path: `/api/courses/${course.id}/modules/order`, as: trainer, fields: ['ids'] },
      { method: 'patch', path: `/api/modules/${mod.id}`, as: trainer, fields: ['title', 'summary'] },
      {
        method: 'post',
        path: `/api/modules/${mod.id}/activities`,
        as: trainer,
        fields: ['kind', 'title', 'required', 'content', 'url', 'position', 'startsAt', 'location'],
      },
      { method: 'put', path: `/api/modules/${mod.id}/activities/order`, as: trainer, fields: ['ids'] },
      {
        method: 'patch',
        path: `/api/activities/${activity.id}`,
        as: trainer,
        fields: ['title', 'required', 'content', 'url', 'startsAt', 'location'],
      },
      {
        method: 'post',
        path: '/api/cohorts',
        as: admin,
        fields: [
          'courseId',
          'name',
          'startsOn',
          'endsOn',
          'capacity',
          'approvalRequired',
          'enrollmentClosesAt',
          'trainerIds',
          'moduleReleases',
          'workshops',
        ],
      },
      {
        method: 'patch',
        path: `/api/cohorts/${cohort.id}`,
        as: admin,
        fields: [
          'name',
          'startsOn',
          'endsOn',
          'capacity',
          'approvalRequired',
          'enrollmentClosesAt',
          'trainerIds',
          'moduleReleases',
          'workshops',
        ],
      },
      { method: 'post', path: `/api/cohorts/${cohort.id}/enrollments`, as: admin, fields: ['userId'] },
      { method: 'patch', path: `/api/enrollments/${enrollment.id}`, as: admin, fields: ['status'] },
      // Bodiless writes: whatever arrives is ignored, never a 500 (fields a caller might try).
      { method: 'post', path: '/api/me/notifications/read-all', as: participant, fields: ['ids'] },
      { method: 'post', path: '/api/admin/reminders/run', as: admin, fields: ['day'] },
      {
        method: 'put',
        path: `/api/enrollments/${enrollment.id}/progress/${activity.id}`,
        as: participant,
        fields: ['state'],
      },
    ];
  });
  afterAll(() => t.close());

  it('never answers 500, and a 400 writes nothing', async () => {
    for (const route of routes) {
      const value = fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.oneof(fc.string(), fc.uuid(), fc.integer())),
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
        fc.uuid(),
        fc.object({ maxDepth: 2 }),
        nulString,
        hugeNumber,
      );
      const body = fc.oneof(
        fc.record(Object.fromEntries(route.fields.map((f) => [f, value])), { requiredKeys: [] }),
        fc.dictionary(fc.oneof(fc.constantFrom(...route.fields), fc.string()), value, { maxKeys: 4 }),
        fc.jsonValue(),
      );
      // The text sent: the body as JSON, or one of its fields nested far deeper than any body the API takes.
      const text = fc.oneof(
        { weight: 4, arbitrary: body.map((input) => JSON.stringify(input)) },
        { weight: 1, arbitrary: deepNesting(route.fields) },
      );
      await fc.assert(
        fc.asyncProperty(text, async (input) => {
          const before = await snapshot();
          const res = await t.http[route.method](route.path)
            .set(auth(route.as))
            .set('content-type', 'application/json')
            .send(input);
          expect(res.status).toBeLessThan(500);
          expect(typeof res.body.code === 'string' || res.status < 400).toBe(true);
          if (res.status === 400) expect(await snapshot()).toBe(before);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('never answers 500 to any query parameter, and a 400 writes nothing', async () => {
    for (const list of lists) {
      const value = fc.oneof(
        fc.string(),
        fc.uuid(),
        fc.integer().map(String),
        nulString,
        hugeNumberText,
        fc.string({ unit: 'binary' }),
      );
      const query = fc.dictionary(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...list.params, 'limit', 'offset') }, fc.string()),
        fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })),
        { minKeys: 1, maxKeys: 3 },
      );
      await fc.assert(
        fc.asyncProperty(query, async (params) => {
          const before = await snapshot();
          const text = Object.entries(params)
            .flatMap(([key, v]) => (Array.isArray(v) ? v : [v]).map((one) => [key, one]))
            .map(([key, one]) => `${encodeURIComponent(key)}=${encodeURIComponent(one)}`)
            .join('&');
          const res = await t.http.get(`${list.path}?${text}`).set(list.as ? auth(list.as) : {});
          expect(res.status).toBeLessThan(500);
          expect(typeof res.body.code === 'string' || res.status < 400).toBe(true);
          if (res.status === 400) expect(await snapshot()).toBe(before);
        }),
        { numRuns: 25 },
      );
    }
  });
});
