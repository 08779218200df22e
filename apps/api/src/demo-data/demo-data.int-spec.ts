import { auth, signIn } from '../../test/factories';
import { asBuffer, startTestApp, TestApp } from '../../test/setup/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import {
  callForApplications,
  developerGroups,
  procurementRegister,
  smallGroups,
} from '../../test/demo/programme-checks';

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true', LOGIN_LIMIT_PER_ADDRESS: '1000' });
  });
  afterAll(() => t.close());

  it('signs in every role and shows the academy course in three cohorts', async () => {
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const cohorts = (await t.http.get('/api/cohorts').set(auth(admin)).expect(200)).body;
    expect(cohorts.total).toBe(3);
    const orgs = (await t.http.get('/api/organizations').set(auth(admin)).expect(200)).body;
    expect(orgs.total).toBe(8);
    expect(new Set(orgs.items.map((o: { region: string }) => o.region)).size).toBeGreaterThanOrEqual(5);
    const users = (await t.http.get('/api/users?limit=200').set(auth(admin)).expect(200)).body;
    expect(users.total).toBeGreaterThanOrEqual(36);

    const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
    const mine = (await t.http.get('/api/me/enrollments').set(auth(manager)).expect(200)).body;
    // Running now, and finished the previous cohort (its certificate shows in My learning).
    expect(mine.items.map((e: { status: string }) => e.status).sort()).toEqual(['active', 'completed']);
    const running = mine.items.find((e: { status: string }) => e.status === 'active');
    expect(running.cohort.courseTitle).toBe('Hankintojen vaikuttavuuden johtaminen');
    const course = (await t.http.get(`/api/cohorts/${running.cohortId}`).set(auth(manager)).expect(200)).body;
    expect(course.modules).toHaveLength(5);
    expect(JSON.stringify(course)).not.toMatch(/lorem/i);

    // Each cohort meets on its own days: every workshop of a cohort falls between its start and end.
    for (const c of cohorts.items as { id: string; startsOn: string; endsOn: string }[]) {
      const detail = (await t.http.get(`/api/cohorts/${c.id}`).set(auth(admin)).expect(200)).body;
      const days = detail.modules
        .flatMap((m: { activities: { kind: string; startsAt: string | null }[] }) => m.activities)
        .filter((a: { kind: string }) => a.kind === 'workshop')
        .map((a: { startsAt: string }) => a.startsAt.slice(0, 10));
      expect(days.length).toBe(4);
      for (const day of days) {
        expect(day >= c.startsOn && day <= c.endsOn).toBe(true);
      }
    }
  });

  it('gives the demo manager unread notifications and the outbox their emails', async () => {
    const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
    const mine = (await t.http.get('/api/me/notifications').set(auth(manager)).expect(200)).body;
    const kinds = mine.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['enrollment_approved', 'module_released']));
    expect(mine.unread).toBe(mine.total);
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const outbox = (await t.http.get('/api/admin/outbox?status=outbox').set(auth(admin)).expect(200)).body;
    const subjects = outbox.items
      .filter((m: { toAddress: string }) => m.toAddress === 'manager@keino.example')
      .map((m: { subject: string }) => m.subject);
    expect(subjects).toContain('Ilmoittautumisesi hyväksyttiin: KEINO-akatemia 2026–2027');
  });

  it('gives the running cohort varied progress, the finished one completions and the open one pending enrolments', async () => {
    const trainer = await signIn(t, 'trainer@keino.example', DEMO_PASSWORD);
    const cohorts = (await t.http.get('/api/cohorts?scope=mine').set(auth(trainer)).expect(200)).body.items;
    const byName = (part: string) => cohorts.find((c: { name: string }) => c.name.includes(part));
    const running = (
      await t.http
        .get(`/api/cohorts/${byName('2026–2027').id}/report`)
        .set(auth(trainer))
        .expect(200)
    ).body;
    expect(running.enrolled).toBe(22);
    expect(
      new Set(running.participants.map((p: { percent: number }) => p.percent)).size,
    ).toBeGreaterThanOrEqual(5);
    const finished = (
      await t.http
        .get(`/api/cohorts/${byName('2025–2026').id}/report`)
        .set(auth(trainer))
        .expect(200)
    ).body;
    expect(finished.completed).toBe(6);
    // Every completion of the demo holds its certificate.
    const [{ completed, certified }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM enrollments WHERE status = 'completed') AS completed,
              (SELECT count(*)::int FROM certificates) AS certified`,
    );
    expect(certified).toBe(completed);
    expect(certified).toBeGreaterThanOrEqual(6);
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const pending = await t.http
      .get(`/api/cohorts/${byName('kevät').id}/enrollments?status=pending`)
      .set(auth(admin))
      .expect(200);
    expect(pending.body.total).toBe(3);
    const atRisk = (
      await t.http
        .get(`/api/cohorts/${byName('2026–2027').id}/at-risk`)
        .set(auth(trainer))
        .expect(200)
    ).body;
    expect(atRisk.length).toBeGreaterThan(0);
  });

  it('shows the change agent the cohorts and organisations of their regions only', async () => {
    const agent = await signIn(t, 'agent@keino.example', DEMO_PASSWORD);
    const mine = (await t.http.get('/api/cohorts?scope=mine').set(auth(agent)).expect(200)).body.items;
    const running = mine.find((c: { name: string }) => c.name.includes('2026–2027'));
    expect(running).toBeDefined();
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const report = (await t.http.get(`/api/cohorts/${running.id}/report`).set(auth(agent)).expect(200)).body;
    const full = (await t.http.get(`/api/cohorts/${running.id}/report`).set(auth(admin)).expect(200)).body;
    expect(report.enrolled).toBeGreaterThan(0);
    expect(report.enrolled).toBeLessThan(full.enrolled);
    const regions = new Set(
      (await t.http.get('/api/organizations?limit=200').set(auth(agent))).body.items
        .filter((o: { id: string }) =>
          report.organizations.some((r: { organizationId: string }) => r.organizationId === o.id),
        )
        .map((o: { region: string }) => o.region),
    );
    expect([...regions].every((r) => r === '06' || r === '13')).toBe(true);
  });

  it('answers the self-assessment wherever the demo completed it, with a visible impact in the finished cohort', async () => {
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const cohorts: { id: string; name: string }[] = await t.db.query(`SELECT id, name FROM cohorts`);
    const byName = (part: string) => cohorts.find((c) => c.name.includes(part))?.id;
    // Answers exactly where progress completed an assessment activity: every dimension of the model, once.
    const [check] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM progress p JOIN activities a ON a.id = p.activity_id
                WHERE a.kind = 'assessment' AND p.state = 'completed') AS completed,
              (SELECT count(DISTINCT (enrollment_id, phase))::int FROM assessment_answers
                WHERE activity_id IS NOT NULL) AS answered,
              (SELECT count(*)::int FROM assessment_answers WHERE activity_id IS NOT NULL) AS answers,
              (SELECT count(*)::int FROM maturity_dimensions WHERE archived_at IS NULL) AS dimensions`,
    );
    expect(check.answered).toBe(check.completed);
    expect(check.answers).toBe(check.answered * check.dimensions);
    expect(check.dimensions).toBe(5);

    const finished = (
      await t.http
        .get(`/api/reports/impact?group=cohort&cohortId=${byName('2025–2026')}`)
        .set(auth(admin))
        .expect(200)
    ).body;
    // Six did everything (both phases); the two who stopped halfway answered the start only.
    expect(finished.rows[0]).toMatchObject({ n: 6, startOnly: 2 });
    expect(finished.rows[0].averageChange).toBeGreaterThan(0.3);
    // A year on (the cohort ended 345 days ago): two of every three of its eight answered the follow-up.
    expect(finished.rows[0].followUpN).toBe(6);
    expect(finished.rows[0].averageFollowUp).toBeGreaterThan(finished.rows[0].averageStart);
    expect(finished.dimensions).toHaveLength(5);
    const changes = finished.dimensions.map((d: { averageChange: number }) => d.averageChange);
    expect(changes.every((c: number) => c > 0)).toBe(true);
    expect(new Set(changes).size).toBeGreaterThan(1);

    const running = (
      await t.http
        .get(`/api/reports/impact?group=cohort&cohortId=${byName('2026–2027')}`)
        .set(auth(admin))
        .expect(200)
    ).body;
    // The end is in the last module, not released yet; the start is answered by all but the two who have not begun.
    expect(running.rows[0]).toMatchObject({ n: 0, startOnly: 20 });
  });

  it('fills the case library with published cases in three languages and one draft that only Tampere sees', async () => {
    const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
    const published = (await t.http.get('/api/cases?limit=50').set(auth(manager)).expect(200)).body;
    expect(published.total).toBe(8);
    const items = published.items as {
      language: string;
      region: string;
      organizationName: string;
      comments: number;
    }[];
    expect(new Set(items.map((c) => c.language))).toEqual(new Set(['fi', 'sv', 'en']));
    expect(new Set(items.map((c) => c.region)).size).toBeGreaterThanOrEqual(5);
    expect(items.filter((c) => c.comments > 0).length).toBeGreaterThanOrEqual(2);
    // Finnish stemming finds the school-meal case by an inflected form.
    const search = (await t.http.get('/api/cases?q=kouluruokailussa').set(auth(manager)).expect(200)).body;
    expect(search.items.map((c: { organizationName: string }) => c.organizationName)).toContain(
      'Oulun kaupunki',
    );

    const drafts = (await t.http.get('/api/cases?scope=drafts').set(auth(manager)).expect(200)).body;
    expect(drafts.total).toBe(1);
    expect(drafts.items[0].organizationName).toBe('Tampereen kaupunki');
    const agent = await signIn(t, 'agent@keino.example', DEMO_PASSWORD);
    expect((await t.http.get('/api/cases?scope=drafts').set(auth(agent)).expect(200)).body.total).toBe(0);
    await t.http.get(`/api/cases/${drafts.items[0].id}`).set(auth(agent)).expect(404);
    const draft = (await t.http.get(`/api/cases/${drafts.items[0].id}`).set(auth(manager)).expect(200)).body;
    expect(draft.canEdit).toBe(true);
    expect(draft.status).toBe('draft');
  });

  it('has Tampere’s team assignment submitted with a PDF, awaiting the trainer’s review, and Espoo’s draft', async () => {
    const trainer = await signIn(t, 'trainer@keino.example', DEMO_PASSWORD);
    const cohorts = (await t.http.get('/api/cohorts?scope=mine').set(auth(trainer)).expect(200)).body.items;
    const running = cohorts.find((c: { name: string }) => c.name.includes('2026–2027'));
    const teams = (await t.http.get(`/api/cohorts/${running.id}/assignments`).set(auth(trainer)).expect(200))
      .body;
    expect(teams.total).toBe(8);
    expect(teams.items[0]).toMatchObject({
      organizationName: 'Tampereen kaupunki',
      status: 'submitted',
      version: 1,
    });
    expect(teams.items.filter((i: { status: string }) => i.status === 'draft')).toEqual([
      expect.objectContaining({ organizationName: 'Espoon kaupunki' }),
    ]);
    const submission = (
      await t.http.get(`/api/assignments/${teams.items[0].submissionId}`).set(auth(trainer)).expect(200)
    ).body;
    expect(submission).toMatchObject({
      canReview: true,
      comments: [expect.objectContaining({ decision: null })],
    });
    expect(submission.versions[0].attachments).toHaveLength(1);
    const file = await t.http
      .get(`/api/assignments/${submission.id}/attachments/${submission.attachments[0].id}`)
      .set(auth(trainer))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((file.body as Buffer).subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect((file.body as Buffer).toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);

    // The demo manager is on Tampere's team; nobody's progress was changed by the seed.
    const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
    const mine = (await t.http.get(`/api/assignments/${submission.id}`).set(auth(manager)).expect(200)).body;
    expect(mine).toMatchObject({ status: 'submitted', canEdit: false });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM progress p JOIN version_activities va ON va.activity_id = p.activity_id
        WHERE va.kind = 'assignment' AND p.enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = $1)`,
      [running.id],
    );
    expect(n).toBe(0);
  });

  it('shows each way of proving membership: a verified domain and its members, an invitation, a request', async () => {
    const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
    const orgs = (await t.http.get('/api/organizations?limit=50').set(auth(admin)).expect(200)).body
      .items as {
      id: string;
      name: string;
    }[];
    const espoo = orgs.find((o) => o.name === 'Espoon kaupunki')?.id;
    const tampere = orgs.find((o) => o.name === 'Tampereen kaupunki')?.id;
    const domains = await t.http
      .get(`/api/organizations/${espoo}/email-domains`)
      .set(auth(admin))
      .expect(200);
    expect(domains.body.items.map((d: { domain: string }) => d.domain)).toEqual(['espoo.keino.example']);
    const eeva = await signIn(t, 'eeva.virtanen@espoo.keino.example', DEMO_PASSWORD);
    const me = (await t.http.get('/api/auth/me').set(auth(eeva)).expect(200)).body;
    expect(me).toMatchObject({ organizationId: espoo, emailVerified: true });

    const coordinator = await signIn(t, 'coordinator@keino.example', DEMO_PASSWORD);
    const invitations = await t.http
      .get(`/api/organizations/${tampere}/invitations`)
      .set(auth(coordinator))
      .expect(200);
    expect(invitations.body.items.map((i: { email: string }) => i.email)).toEqual([
      'uusi.kollega@keino.example',
    ]);
    const requests = await t.http
      .get(`/api/organizations/${tampere}/membership-requests`)
      .set(auth(coordinator))
      .expect(200);
    expect(requests.body.items).toEqual([
      expect.objectContaining({
        status: 'pending',
        user: expect.objectContaining({ fullName: 'Pekka Hakija' }),
      }),
    ]);
    const applicant = await signIn(t, 'applicant@keino.example', DEMO_PASSWORD);
    expect((await t.http.get('/api/auth/me').set(auth(applicant)).expect(200)).body).toMatchObject({
      organizationId: null,
      pendingOrganizationId: tampere,
    });
    // The demo manager and coordinator keep Tampere.
    const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
    expect((await t.http.get('/api/auth/me').set(auth(manager)).expect(200)).body.organizationId).toBe(
      tampere,
    );
  });

  it('keeps three years of every organisation’s procurement register, with indicators and a national report', () =>
    procurementRegister(t));

  it('puts the running cohort in three small groups with coaches, mentors, meetings and a management review', () =>
    smallGroups(t));

  it('has three developer groups with members, Finnish threads, versioned criteria, a past meeting and an open dialogue', () =>
    developerGroups(t));

  it('opens a call for the next cohort with seven applications: two drafts, five submitted, three reviewed twice', () =>
    callForApplications(t));
});
