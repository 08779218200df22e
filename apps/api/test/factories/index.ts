import type {
  ActivityKind,
  CohortResponse,
  CourseDetailResponse,
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

/** Registers a user, gives the roles (admin PATCH) and signs them in, so the token carries the roles. */
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
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      locale: 'fi',
    })
    .expect(201);
  if (options.roles || options.regions) {
    await t.http
      .patch(`/api/users/${reg.body.id}`)
      .set(auth(admin))
      .send({
        ...(options.roles ? { roles: options.roles } : {}),
        ...(options.regions ? { regions: options.regions } : {}),
      })
      .expect(200);
  }
  return signIn(t, email, password);
}

export interface CourseShape {
  /** Per module, the kinds of its activities; `!` after the kind marks it optional. */
  modules: string[][];
}

/** A course with the given modules and activities (all required unless marked optional), published once. */
export async function createPublishedCourse(
  t: TestApp,
  editor: Actor,
  shape: CourseShape = {
    modules: [
      ['page', 'workshop'],
      ['page', 'link!'],
    ],
  },
): Promise<CourseDetailResponse> {
  const course = await t.http
    .post('/api/courses')
    .set(auth(editor))
    .send({ title: `Kurssi ${unique()}`, summary: 'Testikurssi', language: 'fi' })
    .expect(201);
  for (const [i, kinds] of shape.modules.entries()) {
    const mod = await t.http
      .post(`/api/courses/${course.body.id}/modules`)
      .set(auth(editor))
      .send({ title: `Moduuli ${i + 1}` })
      .expect(201);
    for (const [j, spec] of kinds.entries()) {
      const kind = spec.replace('!', '') as ActivityKind;
      await t.http
        .post(`/api/modules/${mod.body.id}/activities`)
        .set(auth(editor))
        .send({
          kind,
          title: `Tehtävä ${i + 1}.${j + 1}`,
          required: !spec.endsWith('!'),
          ...(kind === 'workshop' ? { startsAt: '2027-01-20T08:00:00Z', location: 'Helsinki' } : {}),
        })
        .expect(201);
    }
  }
  await t.http.post(`/api/courses/${course.body.id}/publish`).set(auth(editor)).expect(201);
  const detail = await t.http.get(`/api/courses/${course.body.id}`).set(auth(editor)).expect(200);
  return detail.body;
}

export async function createCohort(
  t: TestApp,
  admin: Actor,
  courseId: string,
  overrides: Record<string, unknown> = {},
): Promise<CohortResponse> {
  const res = await t.http
    .post('/api/cohorts')
    .set(auth(admin))
    .send({
      courseId,
      name: `Toteutus ${unique()}`,
      startsOn: '2026-01-15',
      endsOn: '2099-06-15',
      capacity: 20,
      approvalRequired: false,
      ...overrides,
    })
    .expect(201);
  return res.body;
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
