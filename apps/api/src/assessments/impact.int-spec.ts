import type { EnrollmentAssessmentsResponse, MaturityModelResponse } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser, enrol } from '../../test/factories';
import { asBuffer } from '../../test/setup/test-app';
import { AssessmentsService } from './assessments.service';
import {
  AnsweredCohorts,
  answerInTwoCohorts,
  AssessmentSuite,
  dimension,
  startAssessmentSuite,
} from './testing/assessment-suite';

describe('impact of the maturity self-assessment over HTTP', () => {
  let suite: AssessmentSuite;
  beforeAll(async () => {
    suite = await startAssessmentSuite();
  });
  afterAll(() => suite.t.close());

  describe('with answers in two cohorts', () => {
    let d1: string;
    let d2: string;
    let orgA: string;
    let orgB: string;
    let cohort1: string;
    let cohort2: string;
    let trainer1: Actor;
    let trainer2: Actor;
    let people: AnsweredCohorts['people'];

    beforeAll(async () => {
      let model: MaturityModelResponse;
      ({ d1, d2, orgA, orgB, cohort1, cohort2, trainer1, trainer2, people, model } =
        await answerInTwoCohorts(suite));
      expect(model.dimensions.map((d) => [d.position, d.name.en])).toEqual([
        [0, 'Strategy'],
        [1, 'Data'],
      ]);
      expect(model.archived).toEqual([]);
    });

    it('computes the impact by dimension, organisation, region, cohort and participant', async () => {
      const row = (
        label: string,
        n: number,
        start: number | null,
        end: number | null,
        change: number | null,
        startOnly: number,
      ) =>
        expect.objectContaining({
          label,
          n,
          averageStart: start,
          averageEnd: end,
          averageChange: change,
          startOnly,
        });

      const byDimension = await suite.impact(suite.admin);
      expect(byDimension.group).toBe('dimension');
      // Strategy: starts 1, 2, 3 → ends 3, 2, 4; Data: starts 2, 2, 1 → ends 3, 4, 2; p4 answered the start only.
      expect(byDimension.rows).toEqual([
        row('Strategy (fi)', 3, 2, 3, 1, 1),
        row('Data (fi)', 3, 1.67, 3, 1.33, 1),
      ]);
      expect(byDimension.dimensions).toEqual(byDimension.rows);

      const byOrganization = await suite.impact(suite.admin, `?group=organization&cohortId=${cohort1}`);
      const a = byOrganization.rows.find((r) => r.key === orgA);
      const b = byOrganization.rows.find((r) => r.key === orgB);
      // orgA: pairs (1→3, 2→3, 2→2, 2→4); orgB in cohort 1: p3 (3→4, 1→2).
      expect(a).toMatchObject({ n: 2, averageStart: 1.75, averageEnd: 3, averageChange: 1.25, startOnly: 0 });
      expect(b).toMatchObject({ n: 1, averageStart: 2, averageEnd: 3, averageChange: 1, startOnly: 0 });
      expect(byOrganization.rows).toHaveLength(2);
      // The chart's figures follow the filter: cohort 1 only, so nobody has the start only.
      expect(byOrganization.dimensions.map((r) => r.startOnly)).toEqual([0, 0]);

      const byRegion = await suite.impact(suite.admin, '?group=region');
      expect(byRegion.rows).toEqual([
        expect.objectContaining({
          key: '01',
          n: 1,
          averageStart: 2,
          averageEnd: 3,
          averageChange: 1,
          startOnly: 1,
        }),
        expect.objectContaining({
          key: '06',
          n: 2,
          averageStart: 1.75,
          averageEnd: 3,
          averageChange: 1.25,
          startOnly: 0,
        }),
      ]);

      const byCohort = await suite.impact(suite.admin, '?group=cohort');
      // Cohort 1: starts 1,2,2,2,3,1 (11/6), ends 3,3,2,4,4,2 (18/6), change 7/6; cohort 2: p4's start only.
      expect(byCohort.rows.find((r) => r.key === cohort1)).toMatchObject({
        n: 3,
        averageStart: 1.83,
        averageEnd: 3,
        averageChange: 1.17,
        startOnly: 0,
      });
      expect(byCohort.rows.find((r) => r.key === cohort2)).toMatchObject({
        n: 0,
        averageStart: null,
        averageEnd: null,
        averageChange: null,
        startOnly: 1,
      });

      const byParticipant = await suite.impact(suite.admin, '?group=participant');
      expect(byParticipant.rows).toEqual([
        row('Aino Alku', 1, 1.5, 3, 1.5, 0),
        row('Bertta Bee', 1, 2, 3, 1, 0),
        row('Cecilia Cee', 1, 2, 3, 1, 0),
        row('Daniel Dee', 0, null, null, null, 1),
      ]);
      expect(byParticipant.rows[0].key).toBe(people.p1.enrollment);

      const filtered = await suite.impact(suite.admin, '?region=06');
      expect(filtered.rows.map((r) => [r.n, r.averageStart, r.averageEnd, r.averageChange])).toEqual([
        [2, 1.5, 2.5, 1],
        [2, 2, 3.5, 1.5],
      ]);
    });

    it('shows each role only its scope', async () => {
      const agent = await createUser(suite.t, suite.admin, { roles: ['change_agent'], regions: ['06'] });
      const farAgent = await createUser(suite.t, suite.admin, { roles: ['change_agent'], regions: ['12'] });
      const coordinatorB = await createUser(suite.t, suite.admin, {
        roles: ['participant', 'coordinator'],
        organizationId: orgB,
      });
      const orgC = (await createOrganization(suite.t, suite.admin, { region: '06' })).id;
      const coordinatorC = await createUser(suite.t, suite.admin, {
        roles: ['participant', 'coordinator'],
        organizationId: orgC,
      });

      // The change agent of region 06 sees orgA's p1 and p2 only.
      const mine = await suite.impact(agent, '?group=participant');
      expect(mine.rows.map((r) => r.label)).toEqual(['Aino Alku', 'Bertta Bee']);
      expect(
        (await suite.impact(agent)).rows.map((r) => [r.n, r.averageStart, r.averageEnd, r.averageChange]),
      ).toEqual([
        [2, 1.5, 2.5, 1],
        [2, 2, 3.5, 1.5],
      ]);
      // Outside their region, another organisation's coordinator: nothing, not even names.
      expect((await suite.impact(farAgent, '?group=participant')).rows).toEqual([]);
      expect((await suite.impact(farAgent)).rows).toEqual([]);
      expect((await suite.impact(coordinatorC, '?group=participant')).rows).toEqual([]);
      // A filter cannot widen the scope.
      expect((await suite.impact(farAgent, `?organizationId=${orgA}`)).rows).toEqual([]);

      // orgB's coordinator: p3 (both) and p4 (start only).
      expect((await suite.impact(coordinatorB, '?group=participant')).rows.map((r) => r.label)).toEqual([
        'Cecilia Cee',
        'Daniel Dee',
      ]);
      expect((await suite.impact(coordinatorB)).rows[0]).toMatchObject({
        n: 1,
        averageStart: 3,
        averageEnd: 4,
        averageChange: 1,
        startOnly: 1,
      });

      // Trainers: their own cohorts.
      expect((await suite.impact(trainer2, '?group=participant')).rows.map((r) => r.label)).toEqual([
        'Daniel Dee',
      ]);
      expect((await suite.impact(trainer1, '?group=participant')).rows.map((r) => r.label)).toEqual([
        'Aino Alku',
        'Bertta Bee',
        'Cecilia Cee',
      ]);

      // Participants see their own answers, not the report.
      const refused = await suite.t.http.get('/api/reports/impact').set(auth(people.p1.actor)).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      await suite.t.http.get('/api/reports/impact.csv').set(auth(people.p1.actor)).expect(403);
      await suite.t.http.get('/api/reports/impact.xlsx').set(auth(people.p1.actor)).expect(403);
      await suite.t.http.get('/api/reports/impact?group=everything').set(auth(suite.admin)).expect(400);
      await suite.t.http.get('/api/reports/impact?region=99').set(auth(suite.admin)).expect(400);
    });

    it('exports the figures as CSV and Excel', async () => {
      const csv = await suite.t.http
        .get('/api/reports/impact.csv?group=organization')
        .set(auth(suite.admin))
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe(
        'group,key,label,n,averageStart,averageEnd,averageChange,startOnly,followUpN,averageFollowUp,averageFollowUpChange',
      );
      expect(lines.find((l) => l.includes(orgA))).toMatch(/,2,1\.75,3,1\.25,0,0,,$/);
      const xlsx = await suite.t.http
        .get('/api/reports/impact.xlsx')
        .set(auth(suite.admin))
        .buffer(true)
        .parse(asBuffer)
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    });

    it('archives a removed dimension that has answers, keeps its impact, and asks only the current ones', async () => {
      const model = (
        await suite
          .putModel({ dimensions: [dimension('Strategy', d1), dimension('Cooperation')] })
          .expect(200)
      ).body as MaturityModelResponse;
      expect(model.dimensions.map((d) => d.name.en)).toEqual(['Strategy', 'Cooperation']);
      expect(model.archived.map((d) => [d.id, d.archivedAt !== null])).toEqual([[d2, true]]);
      const d3 = model.dimensions[1].id;

      // Past impact stays, the archived dimension after the current ones.
      expect((await suite.impact(suite.admin)).rows.map((r) => [r.label, r.n, r.averageChange])).toEqual([
        ['Strategy (fi)', 3, 1],
        ['Data (fi)', 3, 1.33],
      ]);

      // p4 now answers the end on the current model: Strategy and Cooperation, not Data.
      const { actor, enrollment } = people.p4;
      const archived = await suite
        .answer(actor, enrollment, suite.endActivity, [
          { dimensionId: d1, level: 4 },
          { dimensionId: d2, level: 4 },
          { dimensionId: d3, level: 2 },
        ])
        .expect(400);
      expect(archived.body.code).toBe('UNKNOWN_DIMENSION');
      const saved = (
        await suite
          .answer(actor, enrollment, suite.endActivity, [
            { dimensionId: d1, level: 4 },
            { dimensionId: d3, level: 2 },
          ])
          .expect(200)
      ).body as EnrollmentAssessmentsResponse;
      // p4 still sees the archived dimension they answered at the start.
      expect(saved.dimensions.map((d) => d.id)).toEqual([d1, d3, d2]);
      expect(saved.activities[1].completed).toBe(true);
      // Strategy gains p4 (2 → 4): changes 2, 0, 1, 2; Cooperation has no start answers, Data has p4's start only.
      expect(
        (await suite.impact(suite.admin)).rows.map((r) => [r.label, r.n, r.averageChange, r.startOnly]),
      ).toEqual([
        ['Strategy (fi)', 4, 1.25, 0],
        ['Data (fi)', 3, 1.33, 1],
      ]);

      // Bringing the archived dimension back by its id.
      const restored = (
        await suite
          .putModel({
            dimensions: [dimension('Strategy', d1), dimension('Data', d2), dimension('Cooperation', d3)],
          })
          .expect(200)
      ).body as MaturityModelResponse;
      expect(restored.dimensions.map((d) => d.id)).toEqual([d1, d2, d3]);
      expect(restored.archived).toEqual([]);
    });

    it('keeps the answers in the statistics when a person is erased, and in their own data export', async () => {
      const exported = await suite.t.http.get('/api/auth/me/data').set(auth(people.p3.actor)).expect(200);
      expect(exported.body.assessmentAnswers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            enrollmentId: people.p3.enrollment,
            phase: 'start',
            dimensionId: d1,
            level: 3,
          }),
          expect.objectContaining({ phase: 'end', dimensionId: d2, level: 2 }),
        ]),
      );
      expect(exported.body.assessmentAnswers).toHaveLength(4);
      const before = await suite.impact(suite.admin, '?group=cohort');
      await suite.t.http.delete(`/api/users/${people.p3.actor.id}`).set(auth(suite.admin)).expect(204);
      expect(await suite.impact(suite.admin, '?group=cohort')).toEqual(before);
      const names = (await suite.impact(suite.admin, '?group=participant')).rows.map((r) => r.label);
      expect(names).not.toContain('Cecilia Cee');
      expect(names).toHaveLength(4);
    });

    it('completes at start an assessment whose answers were saved but whose completion was not', async () => {
      const actor = await createUser(suite.t, suite.admin, { organizationId: orgA });
      const enrollment = (await enrol(suite.t, actor, cohort1)).id;
      // As if the process had stopped between writing the answers and the completion.
      await suite.t.db.query(
        `INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level)
         SELECT $1, 'start', d, $2, 3 FROM unnest($3::uuid[]) AS d`,
        [enrollment, suite.startActivity, [d1, d2]],
      );
      const sweep = suite.t.app.get(AssessmentsService);
      expect(await sweep.completeAnswered()).toBe(1);
      expect(await sweep.completeAnswered()).toBe(0);
      const progress = await suite.t.http
        .get(`/api/enrollments/${enrollment}/progress`)
        .set(auth(actor))
        .expect(200);
      expect(progress.body.completedRequired).toBe(1);
      expect(progress.body.activities).toEqual([
        expect.objectContaining({ activityId: suite.startActivity, state: 'completed' }),
      ]);
    });
  });
});
