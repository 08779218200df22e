import type { EnrollmentAssessmentsResponse, MaturityModelResponse } from '@keino/contracts';

import { Actor, auth, createCohort, createUser, enrol } from '../../test/factories';
import {
  AnsweredCohorts,
  answerInTwoCohorts,
  AssessmentSuite,
  dimension,
  startAssessmentSuite,
} from './testing/assessment-suite';

describe('maturity self-assessment over HTTP', () => {
  let suite: AssessmentSuite;
  beforeAll(async () => {
    suite = await startAssessmentSuite();
  });
  afterAll(() => suite.t.close());

  describe('the model', () => {
    it('starts with the default five dimensions, each with five levels in fi, sv and en', async () => {
      const participant = await createUser(suite.t, suite.admin);
      const model = await suite.getModel(participant);
      expect(model.dimensions.map((d) => d.name.en)).toEqual([
        'Strategy and management',
        'Sustainability and impact',
        'Innovation and market dialogue',
        'Data and follow-up',
        'Competence and cooperation',
      ]);
      for (const d of model.dimensions) {
        expect(d.levels).toHaveLength(5);
        for (const l of [d.name, ...d.levels])
          for (const lang of ['fi', 'sv', 'en'] as const) expect(l[lang]).toMatch(/\S/);
      }
      expect(model.dimensions[0].levels[2].en).toMatch(/derived from the organisation’s strategy/);
      expect(model.archived).toEqual([]);
    });

    it('refuses a model with a missing level, an empty language, an unknown or duplicate id', async () => {
      const before = await suite.getModel(suite.admin);
      const fourLevels = { ...dimension('A'), levels: dimension('A').levels.slice(0, 4) };
      expect((await suite.putModel({ dimensions: [fourLevels] }).expect(400)).body.code).toBe(
        'VALIDATION_FAILED',
      );
      const blankSv = { ...dimension('A'), name: { fi: 'A', sv: '  ', en: 'A' } };
      expect((await suite.putModel({ dimensions: [blankSv] }).expect(400)).body.message.join(' ')).toMatch(
        /sv/,
      );
      await suite.putModel({ dimensions: [] }).expect(400);
      await suite.putModel({ dimensions: [{ ...dimension('A'), extra: 1 }] }).expect(400);
      const unknown = await suite.putModel({
        dimensions: [dimension('A', '00000000-0000-4000-8000-000000000000')],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('UNKNOWN_DIMENSION');
      const id = before.dimensions[0].id;
      const twice = await suite
        .putModel({ dimensions: [dimension('A', id), dimension('B', id)] })
        .expect(400);
      expect(twice.body.code).toBe('DUPLICATE_DIMENSION');
      expect(await suite.getModel(suite.admin)).toEqual(before);
    });

    it('lets only admins change it', async () => {
      const trainer = await createUser(suite.t, suite.admin, { roles: ['trainer'] });
      await suite.t.http
        .put('/api/maturity-model')
        .set(auth(trainer))
        .send({ dimensions: [dimension('A')] })
        .expect(403);
    });
  });

  describe('answers and impact', () => {
    let d1: string;
    let d2: string;
    let orgA: string;
    let trainer1: Actor;
    let trainer2: Actor;
    let people: AnsweredCohorts['people'];

    beforeAll(async () => {
      let model: MaturityModelResponse;
      ({ d1, d2, orgA, trainer1, trainer2, people, model } = await answerInTwoCohorts(suite));
      expect(model.dimensions.map((d) => [d.position, d.name.en])).toEqual([
        [0, 'Strategy'],
        [1, 'Data'],
      ]);
      expect(model.archived).toEqual([]);
    });

    it('stores each phase by the activity it answers and completes the activity once', async () => {
      const { actor, enrollment } = people.p1;
      const got = (
        await suite.t.http.get(`/api/enrollments/${enrollment}/assessments`).set(auth(actor)).expect(200)
      ).body as EnrollmentAssessmentsResponse;
      expect(got.activities).toEqual([
        expect.objectContaining({
          activityId: suite.startActivity,
          phase: 'start',
          completed: true,
          released: true,
        }),
        expect.objectContaining({ activityId: suite.endActivity, phase: 'end', completed: true }),
      ]);
      expect(got.canAnswer).toBe(true);
      expect(got.dimensions.map((d) => d.id)).toEqual([d1, d2]);
      expect(got.start.answers).toEqual(
        expect.arrayContaining([
          { dimensionId: d1, level: 1 },
          { dimensionId: d2, level: 2 },
        ]),
      );
      expect(got.end.answers).toEqual(
        expect.arrayContaining([
          { dimensionId: d1, level: 3 },
          { dimensionId: d2, level: 3 },
        ]),
      );
      const progress = await suite.t.http
        .get(`/api/enrollments/${enrollment}/progress`)
        .set(auth(actor))
        .expect(200);
      // Both assessments of three required activities (the page is still open).
      expect(progress.body.completedRequired).toBe(2);
      const completedAt = progress.body.activities.find(
        (a: { activityId: string }) => a.activityId === suite.startActivity,
      ).completedAt;

      // Revising the start changes the answer, not the progress.
      await suite
        .answer(actor, enrollment, suite.startActivity, [
          { dimensionId: d1, level: 1 },
          { dimensionId: d2, level: 2 },
        ])
        .expect(200);
      const again = await suite.t.http
        .get(`/api/enrollments/${enrollment}/progress`)
        .set(auth(actor))
        .expect(200);
      expect(again.body.completedRequired).toBe(2);
      expect(
        again.body.activities.find((a: { activityId: string }) => a.activityId === suite.startActivity)
          .completedAt,
      ).toBe(completedAt);

      // The participant cannot tick it off by hand.
      const tick = await suite.t.http
        .put(`/api/enrollments/${enrollment}/progress/${suite.startActivity}`)
        .set(auth(actor))
        .send({ state: 'completed' })
        .expect(409);
      expect(tick.body.code).toBe('COMPLETED_BY_ANSWERS');
    });

    it('needs every current dimension once, with a level from 1 to 5', async () => {
      const { actor, enrollment } = people.p4;
      const incomplete = await suite
        .answer(actor, enrollment, suite.endActivity, [{ dimensionId: d1, level: 3 }])
        .expect(400);
      expect(incomplete.body.code).toBe('ASSESSMENT_INCOMPLETE');
      expect(incomplete.body.message).toMatch(/Data/);
      for (const level of [0, 6, 2.5, '3', null]) {
        const bad = await suite
          .answer(actor, enrollment, suite.endActivity, [
            { dimensionId: d1, level },
            { dimensionId: d2, level: 3 },
          ])
          .expect(400);
        expect(bad.body.code).toBe('VALIDATION_FAILED');
      }
      const twice = await suite
        .answer(actor, enrollment, suite.endActivity, [
          { dimensionId: d1, level: 3 },
          { dimensionId: d1, level: 4 },
        ])
        .expect(400);
      expect(twice.body.code).toBe('DUPLICATE_DIMENSION');
      const unknown = await suite
        .answer(actor, enrollment, suite.endActivity, [
          { dimensionId: d1, level: 3 },
          { dimensionId: d2, level: 3 },
          { dimensionId: '00000000-0000-4000-8000-000000000000', level: 3 },
        ])
        .expect(400);
      expect(unknown.body.code).toBe('UNKNOWN_DIMENSION');
      await suite.answer(actor, enrollment, suite.endActivity, 'x').expect(400);
      // Nothing was written: p4 still has the start only.
      const got = (
        await suite.t.http.get(`/api/enrollments/${enrollment}/assessments`).set(auth(actor)).expect(200)
      ).body as EnrollmentAssessmentsResponse;
      expect(got.end.answers).toEqual([]);
      expect(got.activities[1].completed).toBe(false);
    });

    it('lets only the participant answer, on an assessment activity of an open module', async () => {
      const { actor, enrollment } = people.p1;
      const full = [
        { dimensionId: d1, level: 1 },
        { dimensionId: d2, level: 2 },
      ];
      // A colleague's coordinator and the trainer see the answers but cannot answer; others do not see them.
      const coordinator = await createUser(suite.t, suite.admin, {
        roles: ['participant', 'coordinator'],
        organizationId: orgA,
      });
      await suite.t.http.get(`/api/enrollments/${enrollment}/assessments`).set(auth(coordinator)).expect(200);
      await suite.t.http.get(`/api/enrollments/${enrollment}/assessments`).set(auth(trainer1)).expect(200);
      await suite.t.http.get(`/api/enrollments/${enrollment}/assessments`).set(auth(trainer2)).expect(404);
      await suite.t.http
        .get(`/api/enrollments/${enrollment}/assessments`)
        .set(auth(people.p3.actor))
        .expect(404);
      expect(
        (await suite.answer(coordinator, enrollment, suite.startActivity, full).expect(403)).body.code,
      ).toBe('FORBIDDEN');
      await suite.answer(trainer1, enrollment, suite.startActivity, full).expect(403);
      await suite.answer(people.p3.actor, enrollment, suite.startActivity, full).expect(404);
      // A page is not a self-assessment.
      await suite.answer(actor, enrollment, suite.pageActivity, full).expect(404);

      // A module not yet released.
      const late = await createCohort(suite.t, suite.admin, suite.course.id, {
        moduleReleases: [{ moduleId: suite.course.modules[1].id, releasesOn: '2099-01-01' }],
      });
      const lateEnrollment = await enrol(suite.t, actor, late.id);
      const closed = await suite.answer(actor, lateEnrollment.id, suite.endActivity, full).expect(409);
      expect(closed.body.code).toBe('MODULE_NOT_RELEASED');
      // A withdrawn enrolment.
      await suite.t.http
        .patch(`/api/enrollments/${lateEnrollment.id}`)
        .set(auth(actor))
        .send({ status: 'withdrawn' })
        .expect(200);
      const withdrawn = await suite.answer(actor, lateEnrollment.id, suite.startActivity, full).expect(409);
      expect(withdrawn.body.code).toBe('ENROLLMENT_NOT_ACTIVE');
    });
  });
});
