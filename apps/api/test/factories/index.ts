import type {
  ActivityKind,
  AssessmentAnswer,
  AssignmentResponse,
  CaseResponse,
  CohortResponse,
  CreateCaseRequest,
  EnrollmentAssessmentsResponse,
  MaturityModelResponse,
  ProgressState,
  ReviewDecision,
  CourseDetailResponse,
  CourseVersionDetailResponse,
  EnrollmentResponse,
  OrganizationKind,
  OrganizationResponse,
  RegionCode,
  Role,
} from '@keino/contracts';

import { TEST_ADMIN, TestApp } from '../setup/test-app';

/** A signed-in user of the test app. */
export interface Actor {
  id: string;
  token: string;
  email: string;
}

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A valid Y-tunnus that no other call of this process returns. */
export function businessId(): string {
  for (;;) {
    const body = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0);
    const r = sum % 11;
    if (r !== 1) return `${body}-${r === 0 ? 0 : 11 - r}`;
  }
}

export const auth = (actor: Actor) => ({ Authorization: `Bearer ${actor.token}` });

export async function signIn(t: TestApp, email: string, password: string): Promise<Actor> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return { id: res.body.user.id, token: res.body.accessToken, email };
}

export const signInAdmin = (t: TestApp) => signIn(t, TEST_ADMIN.email, TEST_ADMIN.password);

export async function createOrganization(
  t: TestApp,
  admin: Actor,
  overrides: Partial<{ name: string; kind: OrganizationKind; region: RegionCode }> = {},
): Promise<OrganizationResponse> {
  const res = await t.http
    .post('/api/organizations')
    .set(auth(admin))
    .send({
      name: `Testikunta ${unique()}`,
      businessId: businessId(),
      kind: 'municipality',
      region: '06',
      ...overrides,
    })
    .expect(201);
  return res.body;
}

/**
 * Registers a user, gives the roles and the organisation (admin PATCH: naming an organisation at registration only
 * files a membership request) and signs them in, so the token carries the roles.
 */
export async function createUser(
  t: TestApp,
  admin: Actor,
  options: { roles?: Role[]; organizationId?: string; regions?: string[]; fullName?: string } = {},
): Promise<Actor> {
  const email = `user-${unique()}@keino.example`;
  const password = 'test password 123';
  const reg = await t.http
    .post('/api/auth/register')
    .send({
      email,
      password,
      fullName: options.fullName ?? `Testi Käyttäjä ${unique()}`,
      locale: 'fi',
    })
    .expect(201);
  if (options.roles || options.regions || options.organizationId) {
    await t.http
      .patch(`/api/users/${reg.body.id}`)
      .set(auth(admin))
      .send({
        ...(options.roles ? { roles: options.roles } : {}),
        ...(options.regions ? { regions: options.regions } : {}),
        ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      })
      .expect(200);
  }
  return signIn(t, email, password);
}

export interface CourseShape {
  /** Per module, the kinds of its activities; `!` after the kind marks it optional. */
  modules: string[][];
}

const DEFAULT_SHAPE: CourseShape = {
  modules: [
    ['page', 'workshop'],
    ['page', 'link!'],
  ],
};

/** Adds a module with activities of the given kinds (`!` marks one optional) to a course's draft. */
export async function addModule(
  t: TestApp,
  editor: Actor,
  courseId: string,
  kinds: string[],
  title = `Moduuli ${unique()}`,
  activityTitle = (j: number) => `${title} / Tehtävä ${j + 1}`,
): Promise<{ id: string; activityIds: string[] }> {
  const mod = await t.http
    .post(`/api/courses/${courseId}/modules`)
    .set(auth(editor))
    .send({ title })
    .expect(201);
  const activityIds: string[] = [];
  for (const [j, spec] of kinds.entries()) {
    const kind = spec.replace('!', '') as ActivityKind;
    const activity = await t.http
      .post(`/api/modules/${mod.body.id}/activities`)
      .set(auth(editor))
      .send({
        kind,
        title: activityTitle(j),
        required: !spec.endsWith('!'),
        ...(kind === 'workshop' ? { startsAt: '2027-01-20T08:00:00Z', location: 'Helsinki' } : {}),
      })
      .expect(201);
    activityIds.push(activity.body.id);
  }
  return { id: mod.body.id, activityIds };
}

export const getCourse = async (t: TestApp, as: Actor, courseId: string): Promise<CourseDetailResponse> =>
  (await t.http.get(`/api/courses/${courseId}`).set(auth(as)).expect(200)).body;

export async function publishCourse(
  t: TestApp,
  editor: Actor,
  courseId: string,
): Promise<CourseDetailResponse> {
  await t.http.post(`/api/courses/${courseId}/publish`).set(auth(editor)).expect(201);
  return getCourse(t, editor, courseId);
}

/** A course with the given modules and activities (all required unless marked optional), never published. */
export async function createDraftCourse(
  t: TestApp,
  editor: Actor,
  shape: CourseShape = DEFAULT_SHAPE,
  overrides: Partial<{ title: string; summary: string; language: string }> = {},
): Promise<CourseDetailResponse> {
  const course = await t.http
    .post('/api/courses')
    .set(auth(editor))
    .send({ title: `Kurssi ${unique()}`, summary: 'Testikurssi', language: 'fi', ...overrides })
    .expect(201);
  for (const [i, kinds] of shape.modules.entries()) {
    await addModule(t, editor, course.body.id, kinds, `Moduuli ${i + 1}`, (j) => `Tehtävä ${i + 1}.${j + 1}`);
  }
  return getCourse(t, editor, course.body.id);
}

/** A course with the given modules and activities (all required unless marked optional), published once. */
export async function createPublishedCourse(
  t: TestApp,
  editor: Actor,
  shape: CourseShape = DEFAULT_SHAPE,
): Promise<CourseDetailResponse> {
  const draft = await createDraftCourse(t, editor, shape);
  return publishCourse(t, editor, draft.id);
}

/**
 * A cohort on the course's latest version. Unless `overrides` lists its workshops, a workshop whose course time falls
 * outside the cohort's dates meets on the cohort's first day at 9.00 Finnish time, as an admin would decide it
 * (the API refuses to let a cohort inherit a time outside its dates).
 */
export async function createCohort(
  t: TestApp,
  admin: Actor,
  courseId: string,
  overrides: Record<string, unknown> = {},
): Promise<CohortResponse> {
  const body: Record<string, unknown> = {
    courseId,
    name: `Toteutus ${unique()}`,
    startsOn: '2026-01-15',
    endsOn: '2099-06-15',
    capacity: 20,
    approvalRequired: false,
    // A name a test chooses (for what a certificate or an email says) may repeat across its tests: the warning
    // about a duplicate name is for people, and cohorts.int-spec tests it without this factory.
    ...('name' in overrides ? { allowDuplicateName: true } : {}),
    ...overrides,
  };
  if (!('workshops' in overrides)) body['workshops'] = await workshopsWithin(t, admin, courseId, body);
  const res = await t.http.post('/api/cohorts').set(auth(admin)).send(body).expect(201);
  return res.body;
}

async function workshopsWithin(
  t: TestApp,
  admin: Actor,
  courseId: string,
  cohort: Record<string, unknown>,
): Promise<{ activityId: string; startsAt: string }[]> {
  const course = (await t.http.get(`/api/courses/${courseId}`).set(auth(admin))).body as CourseDetailResponse;
  if (!course.latestVersion) return [];
  const version = (
    await t.http.get(`/api/courses/${courseId}/versions/${course.latestVersion}`).set(auth(admin))
  ).body as CourseVersionDetailResponse;
  const [from, to] = [String(cohort['startsOn']), String(cohort['endsOn'])];
  // A Finnish day, as the API counts it: UTC+2 in winter, +3 in summer; 9.00 is 6.00 or 7.00 UTC.
  const day = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(0, 10);
  return version.modules
    .flatMap((m) => m.activities)
    .filter((a) => a.kind === 'workshop' && a.startsAt && (day(a.startsAt) < from || day(a.startsAt) > to))
    .map((a) => ({ activityId: a.id, startsAt: `${from}T07:00:00Z` }));
}

export async function enrol(
  t: TestApp,
  actor: Actor,
  cohortId: string,
  userId?: string,
): Promise<EnrollmentResponse> {
  const res = await t.http
    .post(`/api/cohorts/${cohortId}/enrollments`)
    .set(auth(actor))
    .send(userId ? { userId } : {})
    .expect(201);
  return res.body;
}

/** Sets one activity's progress on an enrolment (the participant, or the trainer for a workshop). */
export async function setProgress(
  t: TestApp,
  by: Actor,
  enrollmentId: string,
  activityId: string,
  state: ProgressState = 'completed',
): Promise<void> {
  await t.http
    .put(`/api/enrollments/${enrollmentId}/progress/${activityId}`)
    .set(auth(by))
    .send({ state })
    .expect(200);
}

export async function withdraw(t: TestApp, by: Actor, enrollmentId: string): Promise<EnrollmentResponse> {
  const res = await t.http
    .patch(`/api/enrollments/${enrollmentId}`)
    .set(auth(by))
    .send({ status: 'withdrawn' })
    .expect(200);
  return res.body;
}

/** A complete procurement case body: everything publishing asks for. */
export const completeCase = () => ({
  summary: 'Kunta hankki palvelut kestävyyskriteerein ja markkinavuoropuhelun jälkeen.',
  purchased: 'Ruokapalvelut',
  procedure: 'competitive_dialogue' as const,
  sustainabilityCriteria: 'Ruokahävikin seuranta',
  innovationCriteria: '',
  results: 'Hävikki puolittui.',
  themes: ['sustainability' as const],
  cpvCode: '55524000-9',
  contactName: 'Liisa Hankkija',
  contactEmail: 'liisa.hankkija@keino.example',
});

/** A procurement case written by `author` (a draft unless `publish`; a published one is complete). */
export async function createCase(
  t: TestApp,
  author: Actor,
  body: Partial<CreateCaseRequest> = {},
  options: { publish?: boolean } = {},
): Promise<CaseResponse> {
  const res = await t.http
    .post('/api/cases')
    .set(auth(author))
    .send({
      title: `Hankinta ${unique()}`,
      language: 'fi',
      ...(options.publish ? completeCase() : {}),
      ...body,
    })
    .expect(201);
  if (!options.publish) return res.body;
  return (await t.http.post(`/api/cases/${res.body.id}/publish`).set(auth(author)).expect(201)).body;
}

/** The (team's) submission of an assignment activity on an enrolment, opened as `who`. */
export async function openAssignment(
  t: TestApp,
  who: Actor,
  enrollmentId: string,
  activityId: string,
): Promise<AssignmentResponse> {
  return (
    await t.http.get(`/api/enrollments/${enrollmentId}/assignments/${activityId}`).set(auth(who)).expect(200)
  ).body;
}

/** Opens the submission, writes `body` and (unless `submit: false`) submits it. */
export async function submitAssignment(
  t: TestApp,
  who: Actor,
  enrollmentId: string,
  activityId: string,
  options: { body?: string; submit?: boolean } = {},
): Promise<AssignmentResponse> {
  const draft = await openAssignment(t, who, enrollmentId, activityId);
  const saved = await t.http
    .patch(`/api/assignments/${draft.id}`)
    .set(auth(who))
    .send({ body: options.body ?? '<p>Vastaus</p>' })
    .expect(200);
  if (options.submit === false) return saved.body;
  return (await t.http.post(`/api/assignments/${draft.id}/submit`).set(auth(who)).expect(201)).body;
}

export async function reviewAssignment(
  t: TestApp,
  reviewer: Actor,
  assignmentId: string,
  decision: ReviewDecision,
  comment = 'Palaute',
): Promise<AssignmentResponse> {
  return (
    await t.http
      .post(`/api/assignments/${assignmentId}/reviews`)
      .set(auth(reviewer))
      .send({ decision, comment })
      .expect(201)
  ).body;
}

export const getMaturityModel = async (t: TestApp, as: Actor): Promise<MaturityModelResponse> =>
  (await t.http.get('/api/maturity-model').set(auth(as)).expect(200)).body;

/**
 * Self-assessment answers of one phase (the assessment activity), as the participant. Without `answers`, every
 * dimension of the current model at `level`.
 */
export async function answerSelfAssessment(
  t: TestApp,
  participant: Actor,
  enrollmentId: string,
  activityId: string,
  answers?: AssessmentAnswer[],
  level = 3,
): Promise<EnrollmentAssessmentsResponse> {
  const given =
    answers ?? (await getMaturityModel(t, participant)).dimensions.map((d) => ({ dimensionId: d.id, level }));
  return (
    await t.http
      .put(`/api/enrollments/${enrollmentId}/assessments/${activityId}`)
      .set(auth(participant))
      .send({ answers: given })
      .expect(200)
  ).body;
}
