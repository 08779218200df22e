import fc from 'fast-check';

import {
  deepNesting,
  hugeLiteralBody,
  hugeNumber,
  hugeNumberText,
  loneSurrogateString,
  notUtf8Body,
  nulString,
} from './arbitrary-input/hostile-values';
import { matchesTemplate, Operation, readOperations } from './arbitrary-input/operations';
import { sendBytes } from './arbitrary-input/send-bytes';
import { settled, tableSnapshots } from './arbitrary-input/snapshot';
import {
  Actor,
  auth,
  createCase,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  openAssignment,
} from './factories';
import { createProcurement, procurementBody } from './factories/procurements';
import { callRoutes } from './arbitrary-input/calls';
import { developerGroupRoutes } from './arbitrary-input/developer-groups';
import { smallGroupRoutes } from './arbitrary-input/small-groups';
import { startSuite } from './setup/suite';
import { TestApp } from './setup/test-app';

interface WriteRoute {
  method: 'post' | 'put' | 'patch';
  path: string;
  as: Actor;
  /**
   * The fields the route knows, so arbitrary values reach its validation and rules, not only unknown-field checks
   * (the fields of its body in the OpenAPI document are added to these).
   */
  fields: string[];
}

describe('arbitrary JSON to every write endpoint', () => {
  let t: TestApp;
  let routes: WriteRoute[];
  let operations: Operation[];
  let snapshot: () => Promise<string>;

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
    const draftCase = (await createCase(t, member)).id;
    // A register entry of the member's organisation with one indicator.
    const procurement = (await createProcurement(t, member, { status: 'completed' })).id;
    const indicator = (
      await t.http
        .post(`/api/procurements/${procurement}/indicators`)
        .set(auth(member))
        .send({ name: 'Päästöt', unit: 't', baseline: 10, target: 5, direction: 'decrease' })
        .expect(201)
    ).body.id as string;
    // Proved membership: an organisation with a membership request waiting on it.
    const joinable = (await createOrganization(t, admin)).id;
    await t.http
      .post('/api/auth/register')
      .send({
        email: 'pyytaja@keino.example',
        password: 'x'.repeat(12),
        fullName: 'Pyytäjä',
        organizationId: joinable,
      })
      .expect(201);
    const request = (await t.http.get(`/api/organizations/${joinable}/membership-requests`).set(auth(admin)))
      .body.items[0].id as string;
    routes = [
      ...(await smallGroupRoutes(t, { trainer, member, cohortId: taskCohort.id, submission })),
      ...(await developerGroupRoutes(t, { admin, trainer, member })),
      ...(await callRoutes(t, { admin, trainer, member, cohortId: cohort.id })),
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
        method: 'put',
        path: `/api/enrollments/${assessedEnrollment.id}/assessments/follow-up`,
        as: participant,
        fields: ['answers'],
      },
      {
        method: 'post',
        path: '/api/auth/register',
        as: admin,
        fields: ['email', 'password', 'fullName', 'organizationId', 'locale', 'invitationToken'],
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
        method: 'patch',
        path: `/api/cases/${draftCase}`,
        as: member,
        fields: ['title', 'summary', 'procedure', 'themes', 'contactEmail'],
      },
      { method: 'post', path: `/api/cases/${draftCase}/comments`, as: member, fields: ['body'] },
      {
        method: 'post',
        path: '/api/auth/password',
        as: participant,
        fields: ['currentPassword', 'newPassword'],
      },
      {
        method: 'patch',
        // Someone of their own: a role change refuses the person's access tokens at once, and the routes below
        // still need the participant's.
        path: `/api/users/${(await createUser(t, admin)).id}`,
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
        method: 'post',
        path: `/api/organizations/${(await createOrganization(t, admin)).id}/identity-providers`,
        as: admin,
        fields: ['issuer', 'clientId', 'clientSecret', 'emailDomains', 'enabled'],
      },
      {
        method: 'patch',
        path: '/api/identity-providers/00000000-0000-4000-8000-000000000000',
        as: admin,
        fields: ['issuer', 'clientId', 'clientSecret', 'emailDomains', 'enabled'],
      },
      { method: 'post', path: '/api/auth/sso/exchange', as: admin, fields: ['code'] },
      { method: 'post', path: '/api/auth/email-verification', as: participant, fields: ['token'] },
      { method: 'post', path: '/api/auth/verify-email', as: admin, fields: ['token'] },
      { method: 'post', path: '/api/auth/password-reset', as: admin, fields: ['email'] },
      { method: 'post', path: '/api/auth/password-reset/confirm', as: admin, fields: ['token', 'password'] },
      { method: 'put', path: `/api/organizations/${joinable}/email-domains`, as: admin, fields: ['domains'] },
      { method: 'post', path: `/api/organizations/${joinable}/invitations`, as: admin, fields: ['email'] },
      { method: 'post', path: '/api/invitations/lookup', as: admin, fields: ['token'] },
      { method: 'post', path: '/api/invitations/accept', as: participant, fields: ['token'] },
      { method: 'post', path: '/api/membership-requests', as: participant, fields: ['organizationId'] },
      { method: 'patch', path: `/api/membership-requests/${request}`, as: admin, fields: ['status'] },
      { method: 'post', path: '/api/auth/sso/link', as: admin, fields: ['code', 'password'] },
      {
        method: 'post',
        path: '/api/procurements',
        as: member,
        fields: Object.keys(procurementBody({ organizationId: null, description: '' })),
      },
      {
        method: 'patch',
        path: `/api/procurements/${procurement}`,
        as: member,
        fields: Object.keys(procurementBody()),
      },
      {
        method: 'post',
        path: `/api/procurements/${procurement}/indicators`,
        as: member,
        fields: ['name', 'unit', 'baseline', 'target', 'direction'],
      },
      {
        method: 'post',
        path: `/api/indicators/${indicator}/measurements`,
        as: member,
        fields: ['measuredOn', 'value'],
      },
      // Bodiless too; sign-out ends the caller's session and access tokens, so a caller of its own.
      { method: 'post', path: '/api/auth/logout', as: await createUser(t, admin), fields: ['refreshToken'] },
      {
        method: 'put',
        path: `/api/enrollments/${enrollment.id}/progress/${activity.id}`,
        as: participant,
        fields: ['state'],
      },
    ];
    operations = await readOperations(t);
    snapshot = await tableSnapshots(t);
    await settled(snapshot);
  });
  afterAll(() => t.close());

  /** The route's operation in the OpenAPI document (`/read-all` before `/{id}`: the fewest parameters). */
  const operationOf = (route: WriteRoute) =>
    operations
      .filter((op) => op.method === route.method && matchesTemplate(op.template, route.path))
      .sort((a, b) => a.pathParams.length - b.pathParams.length)[0];

  it('lists every write route of the OpenAPI document that takes a JSON body', () => {
    const listed = operations.filter((op) => op.bodyFields !== undefined && op.method !== 'get');
    const missing = listed.filter((op) => !routes.some((r) => operationOf(r) === op));
    expect(missing.map((op) => `${op.method.toUpperCase()} ${op.template}`)).toEqual([]);
  });

  it('never answers 5xx; hostile JSON is a 400; a 4xx writes nothing', async () => {
    let last = await snapshot();
    for (const route of routes) {
      const fields = [...new Set([...route.fields, ...(operationOf(route)?.bodyFields ?? [])])];
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
        loneSurrogateString,
        hugeNumber,
        hugeNumberText,
        fc.constant('\\u0000'),
      );
      const body = fc.oneof(
        fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }),
        fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.string()), value, { maxKeys: 4 }),
        fc.jsonValue(),
      );
      // What is sent: the body as JSON (a NUL or a lone surrogate in it must be refused), or text JSON.stringify
      // cannot write: nesting far deeper than any body the API takes, numbers past a double, bytes that are not UTF-8.
      const sent = fc.oneof(
        {
          weight: 5,
          arbitrary: body.map((input) => {
            const json = JSON.stringify(input) ?? 'null';
            return {
              bytes: Buffer.from(json),
              refused: /\\u(0000|d[89a-f])/i.test(json.replace(/\\\\/g, '')),
            };
          }),
        },
        { weight: 1, arbitrary: deepNesting(fields) },
        { weight: 1, arbitrary: hugeLiteralBody(fields) },
        { weight: 2, arbitrary: notUtf8Body(fields) },
      );
      const method = route.method.toUpperCase() as 'POST' | 'PUT' | 'PATCH';
      await fc.assert(
        fc.asyncProperty(sent, async ({ bytes, refused }) => {
          const res = await sendBytes(t, method, route.path, auth(route.as), bytes);
          const said = `${method} ${route.path} ${bytes.toString('latin1').slice(0, 200)} answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          if (res.status >= 500) throw new Error(said);
          if (res.status >= 400 && typeof res.body.code !== 'string') throw new Error(`${said}: no code`);
          if (refused && (res.status !== 400 || res.body.code !== 'VALIDATION_FAILED')) {
            throw new Error(`${said}, not 400 VALIDATION_FAILED`);
          }
          const now = await snapshot();
          if (res.status >= 400 && now !== last) throw new Error(`${said}, and wrote to the database`);
          last = now;
        }),
        { numRuns: 30 },
      );
    }
  });
});
