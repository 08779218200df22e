import type { CourseDetailResponse, ImpactReportResponse, MaturityModelResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
} from '../../../test/factories';
import { TestApp } from '../../../test/setup/test-app';
import { startSuite } from '../../../test/setup/suite';

// The self-assessment suites' shared setup: a course with a start and an end assessment, and four participants'
// answers in two cohorts of two organisations.

export const text = (s: string) => ({ fi: `${s} (fi)`, sv: `${s} (sv)`, en: s });
export const dimension = (name: string, id?: string) => ({
  ...(id ? { id } : {}),
  name: text(name),
  levels: [1, 2, 3, 4, 5].map((l) => text(`${name} level ${l}`)),
});

export interface AssessmentSuite {
  t: TestApp;
  admin: Actor;
  course: CourseDetailResponse;
  startActivity: string;
  endActivity: string;
  pageActivity: string;
  getModel: (as: Actor) => Promise<MaturityModelResponse>;
  putModel: (body: unknown) => ReturnType<TestApp['http']['put']>;
  answer: (
    as: Actor,
    enrollmentId: string,
    activityId: string,
    answers: unknown,
  ) => ReturnType<TestApp['http']['put']>;
  impact: (as: Actor, query?: string) => Promise<ImpactReportResponse>;
}

/** A fresh app with a published course whose first module opens and second closes with an assessment. */
export async function startAssessmentSuite(): Promise<AssessmentSuite> {
  const { t, admin } = await startSuite();
  const trainer = await createUser(t, admin, { roles: ['trainer'] });
  const course = await createPublishedCourse(t, trainer, {
    modules: [['assessment', 'page'], ['assessment']],
  });
  return {
    t,
    admin,
    course,
    startActivity: course.modules[0].activities[0].id,
    pageActivity: course.modules[0].activities[1].id,
    endActivity: course.modules[1].activities[0].id,
    getModel: async (as) =>
      (await t.http.get('/api/maturity-model').set(auth(as)).expect(200)).body as MaturityModelResponse,
    putModel: (body) =>
      t.http
        .put('/api/maturity-model')
        .set(auth(admin))
        .send(body as object),
    answer: (as, enrollmentId, activityId, answers) =>
      t.http
        .put(`/api/enrollments/${enrollmentId}/assessments/${activityId}`)
        .set(auth(as))
        .send({ answers }),
    impact: async (as, query = '') =>
      (await t.http.get(`/api/reports/impact${query}`).set(auth(as)).expect(200))
        .body as ImpactReportResponse,
  };
}

export interface AnsweredCohorts {
  d1: string;
  d2: string;
  orgA: string;
  orgB: string;
  cohort1: string;
  cohort2: string;
  trainer1: Actor;
  trainer2: Actor;
  people: Record<'p1' | 'p2' | 'p3' | 'p4', { actor: Actor; enrollment: string }>;
  /** The model as the replacement answered it. */
  model: MaturityModelResponse;
}

/** Two dimensions replace the default model; p1–p3 answer start and end, p4 the start only. */
export async function answerInTwoCohorts(s: AssessmentSuite): Promise<AnsweredCohorts> {
  const { t, admin, course, putModel, answer, startActivity, endActivity } = s;
  const people: AnsweredCohorts['people'] = {} as never;
  // Two dimensions replace the default five (which have no answers, so they are deleted).
  const model = (await putModel({ dimensions: [dimension('Strategy'), dimension('Data')] }).expect(200))
    .body as MaturityModelResponse;
  const [d1, d2] = model.dimensions.map((d) => d.id);

  const orgA = (await createOrganization(t, admin, { region: '06' })).id;
  const orgB = (await createOrganization(t, admin, { region: '01' })).id;
  const trainer1 = await createUser(t, admin, { roles: ['trainer'] });
  const trainer2 = await createUser(t, admin, { roles: ['trainer'] });
  const cohort1 = (await createCohort(t, admin, course.id, { trainerIds: [trainer1.id] })).id;
  const cohort2 = (await createCohort(t, admin, course.id, { trainerIds: [trainer2.id] })).id;
  const person = async (name: string, org: string, cohort: string) => {
    const actor = await createUser(t, admin, { organizationId: org, fullName: name });
    return { actor, enrollment: (await enrol(t, actor, cohort)).id };
  };
  people.p1 = await person('Aino Alku', orgA, cohort1);
  people.p2 = await person('Bertta Bee', orgA, cohort1);
  people.p3 = await person('Cecilia Cee', orgB, cohort1);
  people.p4 = await person('Daniel Dee', orgB, cohort2);

  // start → end: p1 (1,2 → 3,3), p2 (2,2 → 2,4), p3 (3,1 → 4,2), p4 (2,3 → not yet)
  const levels = {
    p1: [
      [1, 2],
      [3, 3],
    ],
    p2: [
      [2, 2],
      [2, 4],
    ],
    p3: [
      [3, 1],
      [4, 2],
    ],
    p4: [[2, 3], null],
  } as const;
  for (const [key, [start, end]] of Object.entries(levels)) {
    const p = people[key as keyof typeof people];
    await answer(p.actor, p.enrollment, startActivity, [
      { dimensionId: d1, level: start[0] },
      { dimensionId: d2, level: start[1] },
    ]).expect(200);
    if (end) {
      await answer(p.actor, p.enrollment, endActivity, [
        { dimensionId: d2, level: end[1] },
        { dimensionId: d1, level: end[0] },
      ]).expect(200);
    }
  }
  return { d1, d2, orgA, orgB, cohort1, cohort2, trainer1, trainer2, people, model };
}
