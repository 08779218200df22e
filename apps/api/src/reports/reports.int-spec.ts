import ExcelJS from 'exceljs';
import type { CourseDetailResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  setProgress,
  withdraw,
} from '../../test/factories';
import { asBuffer, TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('cohort reports over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let course: CourseDetailResponse;
  let cohortId: string;
  let agent: Actor;
  const people: Record<string, { actor: Actor; enrollmentId: string }> = {};
  let orgs: Record<string, string>;

  // Hand-computed figures: 3 required activities (m1: page + workshop, m2: page), m2's link optional.
  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    course = await createPublishedCourse(t, trainer);
    const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id], capacity: 10 });
    cohortId = cohort.id;
    orgs = {
      tampere: (await createOrganization(t, admin, { name: 'Tampereen kaupunki', region: '06' })).id,
      oulu: (await createOrganization(t, admin, { name: '=Oulun kaupunki', region: '17' })).id,
    };
    agent = await createUser(t, admin, { roles: ['change_agent'], regions: ['06'] });
    const [page1, workshop] = course.modules[0].activities.map((a) => a.id);
    const [page2] = course.modules[1].activities.map((a) => a.id);
    const specs: [string, string, string[]][] = [
      ['Aino', orgs.tampere, [page1, workshop, page2]], // 100 %, completed
      ['Bertta', orgs.tampere, [page1]], // 33.3 %
      ['Cecilia', orgs.oulu, [page1, workshop]], // 66.7 %, module 1 complete
      ['Doris', orgs.oulu, []], // 0 %
    ];
    for (const [name, org, done] of specs) {
      const actor = await createUser(t, admin, { organizationId: org, fullName: name });
      const e = await enrol(t, actor, cohortId);
      people[name] = { actor, enrollmentId: e.id };
      for (const a of done) {
        const by = a === workshop ? trainer : actor;
        await setProgress(t, by, e.id, a);
      }
    }
    // A withdrawn participant is not counted.
    const gone = await createUser(t, admin, { organizationId: orgs.oulu, fullName: 'Eero' });
    const ge = await enrol(t, gone, cohortId);
    await withdraw(t, gone, ge.id);
  });
  afterAll(() => t.close());

  it('reports enrolment, completion, participants, modules and organisations', async () => {
    const res = await t.http.get(`/api/cohorts/${cohortId}/report`).set(auth(trainer)).expect(200);
    expect(res.body).toMatchObject({ cohortId, enrolled: 4, completed: 1, completionRate: 0.25 });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.participants[0].completedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(
      res.body.participants.map((p: { fullName: string; percent: number }) => [p.fullName, p.percent]),
    ).toEqual([
      ['Aino', 100],
      ['Bertta', 33.3],
      ['Cecilia', 66.7],
      ['Doris', 0],
    ]);
    expect(res.body.participants[0]).toEqual({
      userId: people['Aino'].actor.id,
      fullName: 'Aino',
      organizationId: orgs.tampere,
      completedRequired: 3,
      totalRequired: 3,
      percent: 100,
      completedAt: expect.any(String),
    });
    expect(res.body.modules).toEqual([
      { moduleId: course.modules[0].id, title: 'Moduuli 1', completionRate: 0.5 },
      { moduleId: course.modules[1].id, title: 'Moduuli 2', completionRate: 0.25 },
    ]);
    expect(res.body.organizations).toEqual([
      {
        organizationId: orgs.oulu,
        name: '=Oulun kaupunki',
        participants: 2,
        averagePercent: 33.3,
        managementReview: null,
      },
      {
        organizationId: orgs.tampere,
        name: 'Tampereen kaupunki',
        participants: 2,
        averagePercent: 66.7,
        managementReview: null,
      },
    ]);
  });

  it('shows change agents only their regions’ organisations', async () => {
    const res = await t.http.get(`/api/cohorts/${cohortId}/report`).set(auth(agent)).expect(200);
    expect(res.body).toMatchObject({ enrolled: 2, completed: 1, completionRate: 0.5 });
    expect(res.body.participants.map((p: { fullName: string }) => p.fullName)).toEqual(['Aino', 'Bertta']);
    const csv = await t.http.get(`/api/cohorts/${cohortId}/report.csv`).set(auth(agent)).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(3);
  });

  it('refuses participants, trainers of other cohorts and unknown cohorts', async () => {
    await t.http.get(`/api/cohorts/${cohortId}/report`).set(auth(people['Aino'].actor)).expect(403);
    const other = await createUser(t, admin, { roles: ['trainer'] });
    const refused = await t.http.get(`/api/cohorts/${cohortId}/report.csv`).set(auth(other)).expect(403);
    expect(refused.body.code).toBe('REPORT_FORBIDDEN');
    await t.http.get('/api/cohorts/00000000-0000-4000-8000-000000000000/report').set(auth(admin)).expect(404);
  });

  it('exports CSV with a header row, a row per participant and formulas neutralised', async () => {
    const res = await t.http.get(`/api/cohorts/${cohortId}/report.csv`).set(auth(admin)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^userId,fullName,email,organization,businessId,status,completedRequired,totalRequired,percent,completedAt,Moduuli 1 \/ Tehtävä 1.1/,
    );
    const cecilia = lines.find((l) => l.includes('Cecilia')) ?? '';
    expect(cecilia).toContain(",'=Oulun kaupunki,");
    const today = new Date().toISOString().slice(0, 10);
    expect(cecilia.split(',').slice(-4)).toEqual([today, today, '', '']);
  });

  it('exports XLSX', async () => {
    const res = await t.http
      .get(`/api/cohorts/${cohortId}/report.xlsx`)
      .set(auth(admin))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const organizations = book.getWorksheet('Organisations');
    // Each team's management-team review stands beside its progress (none recorded here).
    expect(organizations?.getRow(1).values).toEqual([
      undefined,
      'organizationId',
      'name',
      'participants',
      'averagePercent',
      'managementReviewOn',
      'managementReviewOutcome',
    ]);
    expect(organizations?.rowCount).toBe(3);
  });

  it('gives the progress grid: participants × activities with completion dates', async () => {
    const res = await t.http.get(`/api/cohorts/${cohortId}/progress-grid`).set(auth(trainer)).expect(200);
    expect(res.body.activities.map((a: { kind: string }) => a.kind)).toEqual([
      'page',
      'workshop',
      'page',
      'link',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const cecilia = res.body.participants.find((p: { fullName: string }) => p.fullName === 'Cecilia');
    expect(cecilia).toMatchObject({ enrollmentId: people['Cecilia'].enrollmentId, status: 'active' });
    expect(cecilia.completedOn).toEqual([today, today, null, null]);
    expect(res.body.participants).toHaveLength(4);
  });

  it('lists active participants behind the released modules', async () => {
    const res = await t.http.get(`/api/cohorts/${cohortId}/at-risk`).set(auth(trainer)).expect(200);
    expect(res.body.map((p: { fullName: string }) => p.fullName)).toEqual(['Doris', 'Bertta', 'Cecilia']);
    expect(res.body[0]).toMatchObject({ completedRequired: 0, expectedRequired: 3, percent: 0 });
  });
});
