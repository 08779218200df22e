/* eslint-disable @typescript-eslint/no-explicit-any -- a black-box client reads untyped JSON, as outside clients do */
// Black box: API.md walked as an outside client would, over real HTTP against the built server with demo data.
const base = (process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const run = Date.now().toString(36);

interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

async function call<T = any>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // CSV and other non-JSON answers stay text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers, text };
}

function businessId(): string {
  for (;;) {
    const body = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const r = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11;
    if (r !== 1) return `${body}-${r === 0 ? 0 : 11 - r}`;
  }
}

async function login(email: string, password: string) {
  const res = await call('POST', '/auth/login', undefined, { email, password });
  expect(res.status).toBe(200);
  return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
}

async function register(name: string, organizationId?: string) {
  const email = `${name}-${run}@smoke.keino.example`;
  const password = 'smoke test password';
  const res = await call('POST', '/auth/register', undefined, {
    email,
    password,
    fullName: `Smoke ${name}`,
    organizationId,
    locale: 'fi',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, email, password };
}

describe('API.md, as an outside client', () => {
  let admin: string;
  const state: Record<string, any> = {};

  beforeAll(async () => {
    admin = (await login('admin@keino.example', 'KeinoDemo2026!')).accessToken;
  });

  it('answers health and publishes OpenAPI', async () => {
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const docs = await call('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/cohorts/{id}/report.csv']));
  });

  it('Accounts: register, 409 for a taken email, login, refresh once, me', async () => {
    const org = await call('POST', '/organizations', admin, {
      name: `Smoke-kunta ${run}`,
      businessId: businessId(),
      kind: 'municipality',
      region: '06',
    });
    expect(org.status).toBe(201);
    state.org = org.body;
    const user = await register('participant', org.body.id);
    const dup = await call('POST', '/auth/register', undefined, {
      email: user.email.toUpperCase(),
      password: 'x'.repeat(12),
      fullName: 'Dup',
    });
    expect(dup).toMatchObject({ status: 409, body: { statusCode: 409, code: 'EMAIL_TAKEN' } });
    const pair = await login(user.email, user.password);
    const next = await call('POST', '/auth/refresh', undefined, { refreshToken: pair.refreshToken });
    expect(next.status).toBe(200);
    expect(next.body.refreshToken).not.toBe(pair.refreshToken);
    expect((await call('POST', '/auth/refresh', undefined, { refreshToken: pair.refreshToken })).status).toBe(
      401,
    );
    // A used refresh token that comes back has leaked: its whole session ends, the access token it gave too.
    expect((await call('GET', '/auth/me', next.body.accessToken)).status).toBe(401);
    const again = await login(user.email, user.password);
    const me = await call('GET', '/auth/me', again.accessToken);
    expect(me.body).toEqual({
      id: user.id,
      email: user.email,
      fullName: 'Smoke participant',
      locale: 'fi',
      // Naming an organisation at registration proves nothing: it files a membership request.
      organizationId: null,
      roles: ['participant'],
      regions: [],
      emailVerified: false,
      pendingOrganizationId: org.body.id,
    });
    const wrong = await call('POST', '/auth/login', undefined, {
      email: user.email,
      password: 'wrong password',
    });
    const unknown = await call('POST', '/auth/login', undefined, {
      email: `nobody-${run}@x.fi`,
      password: 'wrong password',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.message).toBe(unknown.body.message);
    state.participant = user;
  });

  it('Organisations and users: 409 duplicate business ID, filters, admin PATCH', async () => {
    const dup = await call('POST', '/organizations', admin, {
      name: 'Toinen',
      businessId: state.org.businessId,
      kind: 'other',
      region: '01',
    });
    expect(dup.status).toBe(409);
    const bad = await call('POST', '/organizations', admin, {
      name: 'Huono',
      businessId: '1234567-8',
      kind: 'other',
      region: '01',
      extra: true,
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(bad.body.message).toEqual(expect.arrayContaining(['property extra should not exist']));
    const listed = await call(
      'GET',
      `/organizations?region=06&q=${encodeURIComponent('Smoke-kunta')}`,
      admin,
    );
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(state.org.id);
    const trainer = await register('trainer');
    const patched = await call('PATCH', `/users/${trainer.id}`, admin, { roles: ['trainer'] });
    expect(patched).toMatchObject({ status: 200, body: { roles: ['trainer'] } });
    const users = await call('GET', `/users?role=trainer&q=${run}`, admin);
    expect(users.body).toMatchObject({ total: 1, items: [{ id: trainer.id }] });
    state.trainer = { ...trainer, token: (await login(trainer.email, trainer.password)).accessToken };
  });

  it('Courses: draft, modules, activities, 409 without a required activity, publish', async () => {
    const token = state.trainer.token;
    const course = await call('POST', '/courses', token, {
      title: `Smoke-kurssi ${run}`,
      summary: 'Savutesti',
      language: 'fi',
    });
    expect(course).toMatchObject({ status: 201, body: { status: 'draft' } });
    const mod = await call('POST', `/courses/${course.body.id}/modules`, token, {
      title: 'Moduuli',
      position: 0,
    });
    expect(mod.status).toBe(201);
    expect((await call('POST', `/courses/${course.body.id}/publish`, token)).status).toBe(409);
    const page = await call('POST', `/modules/${mod.body.id}/activities`, token, {
      kind: 'page',
      title: 'Luku',
      required: true,
      content: '<p>Hei</p>',
    });
    const workshop = await call('POST', `/modules/${mod.body.id}/activities`, token, {
      kind: 'workshop',
      title: 'Lähipäivä',
      required: true,
      startsAt: '2027-03-01T08:00:00Z',
      location: 'Helsinki',
      position: 1,
    });
    expect([page.status, workshop.status]).toEqual([201, 201]);
    const published = await call('POST', `/courses/${course.body.id}/publish`, token);
    expect(published).toMatchObject({ status: 201, body: { version: 1, publishedAt: expect.any(String) } });
    const detail = await call('GET', `/courses/${course.body.id}`, token);
    expect(detail.body.modules[0].activities.map((a: { id: string }) => a.id)).toEqual([
      page.body.id,
      workshop.body.id,
    ]);
    state.course = { id: course.body.id, page: page.body.id, workshop: workshop.body.id };
  });

  it('Cohorts and enrolments: capacity, waitlist, promotion on withdrawal', async () => {
    const cohort = await call('POST', '/cohorts', admin, {
      courseId: state.course.id,
      name: `Smoke-toteutus ${run}`,
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      capacity: 1,
      approvalRequired: false,
      trainerIds: [state.trainer.id],
    });
    expect(cohort).toMatchObject({ status: 201, body: { courseVersion: 1 } });
    state.cohort = cohort.body.id;
    const first = await register('first');
    const second = await register('second');
    const t1 = (await login(first.email, first.password)).accessToken;
    const t2 = (await login(second.email, second.password)).accessToken;
    const e1 = await call('POST', `/cohorts/${state.cohort}/enrollments`, t1, {});
    const e2 = await call('POST', `/cohorts/${state.cohort}/enrollments`, t2, {});
    expect([e1.body.status, e2.body.status]).toEqual(['active', 'waitlisted']);
    expect(e1.body).toEqual(
      expect.objectContaining({ id: expect.any(String), cohortId: state.cohort, userId: first.id }),
    );
    expect((await call('POST', `/cohorts/${state.cohort}/enrollments`, t1, {})).status).toBe(409);
    const detail = await call('GET', `/cohorts/${state.cohort}`, t1);
    expect(detail.body).toMatchObject({ seatsTaken: 1, capacity: 1 });
    expect(detail.body.modules[0].activities).toHaveLength(2);
    const withdrawn = await call('PATCH', `/enrollments/${e1.body.id}`, t1, { status: 'withdrawn' });
    expect(withdrawn).toMatchObject({ status: 200, body: { status: 'withdrawn' } });
    const list = await call('GET', `/cohorts/${state.cohort}/enrollments`, state.trainer.token);
    expect(list.body.items.find((e: { id: string }) => e.id === e2.body.id).status).toBe('active');
    state.enrollment = e2.body.id;
    state.second = t2;
  });

  it('Progress and completion: idempotent PUT, attendance by the trainer, completion', async () => {
    const url = `/enrollments/${state.enrollment}/progress`;
    const a = await call('PUT', `${url}/${state.course.page}`, state.second, { state: 'completed' });
    const b = await call('PUT', `${url}/${state.course.page}`, state.second, { state: 'completed' });
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(
      (await call('PUT', `${url}/${state.course.workshop}`, state.second, { state: 'completed' })).status,
    ).toBe(403);
    expect(
      (await call('PUT', `${url}/${state.course.workshop}`, state.trainer.token, { state: 'completed' }))
        .status,
    ).toBe(200);
    const progress = await call('GET', url, state.second);
    expect(progress.body).toMatchObject({
      completedRequired: 2,
      totalRequired: 2,
      percent: 100,
      completedAt: expect.any(String),
    });
    const mine = await call('GET', '/me/enrollments', state.second);
    expect(mine.body.items[0]).toMatchObject({
      status: 'completed',
      percent: 100,
      cohort: { id: state.cohort },
    });
    const outside = await call('PUT', `${url}/00000000-0000-4000-8000-000000000000`, state.second, {
      state: 'completed',
    });
    expect(outside.status).toBe(404);
  });

  it('Reports: JSON and CSV for the trainer, refused to a participant; audit log for admins', async () => {
    const report = await call('GET', `/cohorts/${state.cohort}/report`, state.trainer.token);
    expect(report.body).toMatchObject({
      cohortId: state.cohort,
      enrolled: 1,
      completed: 1,
      completionRate: 1,
    });
    expect(report.body.participants[0]).toMatchObject({
      percent: 100,
      completedRequired: 2,
      totalRequired: 2,
    });
    const csv = await call('GET', `/cohorts/${state.cohort}/report.csv`, state.trainer.token);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.trim().split('\n')).toHaveLength(2);
    expect((await call('GET', `/cohorts/${state.cohort}/report`, state.second)).status).toBe(403);
    const audit = await call('GET', `/audit-events?subjectId=${state.course.id}`, admin);
    expect(audit.body.items[0]).toMatchObject({ action: 'course.published', subjectId: state.course.id });
    expect((await call('GET', '/audit-events', state.second)).status).toBe(403);
    expect((await call('GET', '/audit-events')).body).toMatchObject({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
