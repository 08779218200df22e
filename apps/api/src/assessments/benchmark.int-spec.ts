import type { AssessmentBenchmarkResponse, OrganizationKind } from '@keino/contracts';

import { Actor, auth, createCohort, createOrganization, createUser, enrol } from '../../test/factories';
import { AssessmentSuite, dimension, startAssessmentSuite } from './testing/assessment-suite';

describe('peer benchmark on the self-assessment result', () => {
  let s: AssessmentSuite;
  let cohort: string;
  let d1: string;
  let d2: string;
  let own: string;
  let me: { actor: Actor; enrollment: string };

  // A person of the organisation answers every dimension at `start` (and `end`, when given) of their enrolment.
  async function answered(org: string, start: number, end?: number) {
    const actor = await createUser(s.t, s.admin, { organizationId: org });
    const enrollment = (await enrol(s.t, actor, cohort)).id;
    const answers = (level: number) => [d1, d2].map((dimensionId) => ({ dimensionId, level }));
    await s.answer(actor, enrollment, s.startActivity, answers(start)).expect(200);
    if (end !== undefined) await s.answer(actor, enrollment, s.endActivity, answers(end)).expect(200);
    return { actor, enrollment };
  }
  const peer = async (kind: OrganizationKind, level: number) =>
    answered((await createOrganization(s.t, s.admin, { kind })).id, level);
  const benchmark = async (as: Actor) =>
    (await s.t.http.get(`/api/enrollments/${me.enrollment}/assessments/benchmark`).set(auth(as)).expect(200))
      .body as AssessmentBenchmarkResponse;

  beforeAll(async () => {
    s = await startAssessmentSuite();
    const model = (await s.putModel({ dimensions: [dimension('Strategy'), dimension('Data')] }).expect(200))
      .body;
    [d1, d2] = model.dimensions.map((d: { id: string }) => d.id);
    cohort = (await createCohort(s.t, s.admin, s.course.id)).id;
    own = (await createOrganization(s.t, s.admin, { kind: 'municipality' })).id;
    // The organisation's level: its people's latest answers, (4 + 3) / 2.
    me = await answered(own, 2, 4);
    await answered(own, 3);
  });
  afterAll(() => s.t.close());

  it('shows no peer average until five other organisations answered, and then each organisation once', async () => {
    for (const level of [1, 2, 3, 4]) await peer('municipality', level);
    const four = await benchmark(me.actor);
    expect(four).toMatchObject({
      organizationId: own,
      organizationKind: 'municipality',
      sameKindOrganizations: 4,
    });
    expect(four.allOrganizations).toBe(4);
    expect(four.dimensions.map((d) => [d.dimensionId, d.own, d.sameKind, d.all])).toEqual([
      [d1, 3.5, null, null],
      [d2, 3.5, null, null],
    ]);

    // A fifth organisation of another kind: the average of all shows, the same kind's not yet.
    await peer('state_agency', 5);
    const five = await benchmark(me.actor);
    expect(five).toMatchObject({ sameKindOrganizations: 4, allOrganizations: 5 });
    expect(five.dimensions[0]).toMatchObject({ own: 3.5, sameKind: null, all: 3 });

    // A fifth municipality: (1 + 2 + 3 + 4 + 5) / 5 of the kind; 20 / 6 of all, each organisation once.
    await peer('municipality', 5);
    const six = await benchmark(me.actor);
    expect(six).toMatchObject({ sameKindOrganizations: 5, allOrganizations: 6 });
    expect(six.dimensions[0]).toMatchObject({ own: 3.5, sameKind: 3, all: 3.33 });
  });

  it('is seen by those who see the enrolment’s answers, and by no one else', async () => {
    const coordinator = await createUser(s.t, s.admin, {
      organizationId: own,
      roles: ['participant', 'coordinator'],
    });
    expect((await benchmark(coordinator)).organizationId).toBe(own);
    expect((await benchmark(s.admin)).organizationId).toBe(own);
    const outsider = await createUser(s.t, s.admin, {
      organizationId: (await createOrganization(s.t, s.admin)).id,
      roles: ['participant', 'coordinator'],
    });
    const url = `/api/enrollments/${me.enrollment}/assessments/benchmark`;
    await s.t.http.get(url).set(auth(outsider)).expect(404);
    await s.t.http.get(url).expect(401);
    await s.t.http
      .get('/api/enrollments/00000000-0000-4000-8000-000000000000/assessments/benchmark')
      .set(auth(s.admin))
      .expect(404);
  });
});
