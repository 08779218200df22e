import type { CourseDetailResponse, MyOverviewResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  publishCourse,
} from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

describe('GET /api/me/overview', () => {
  let t: TestApp;
  let admin: Actor;
  let course: CourseDetailResponse;
  // Module 1: two pages; module 2: a page and a past workshop; module 3: a workshop far ahead. All required: 5.
  let page11: string, page12: string, page21: string, pastWorkshop: string, futureWorkshop: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    const draft = await createPublishedCourse(t, admin, {
      modules: [['page', 'page'], ['page', 'workshop'], ['workshop']],
    });
    [page11, page12] = draft.modules[0].activities.map((a) => a.id);
    [page21, pastWorkshop] = draft.modules[1].activities.map((a) => a.id);
    futureWorkshop = draft.modules[2].activities[0].id;
    // Fixed dates, so the answer does not depend on the day the test runs; published again as version 2.
    for (const [id, startsAt] of [
      [pastWorkshop, '2020-03-01T08:00:00Z'],
      [futureWorkshop, '2099-03-01T08:00:00Z'],
    ]) {
      await t.http.patch(`/api/activities/${id}`).set(auth(admin)).send({ startsAt }).expect(200);
    }
    await publishCourse(t, admin, draft.id);
    course = draft;
  });
  afterAll(() => t.close());

  const overviewOf = async (actor: Actor): Promise<MyOverviewResponse> =>
    (await t.http.get('/api/me/overview').set(auth(actor)).expect(200)).body;
  const complete = (actor: Actor, enrollmentId: string, activityId: string) =>
    t.http
      .put(`/api/enrollments/${enrollmentId}/progress/${activityId}`)
      .set(auth(actor))
      .send({ state: 'completed' })
      .expect(200);

  it('answers next, late, the next workshop and the same-organisation team, by hand-checked values', async () => {
    const home = await createOrganization(t, admin);
    const other = await createOrganization(t, admin);
    // Module 1 opens at the start (no release date), module 2 on 1.2.2026 (so module 1's period is over), module 3
    // in 2099 (so module 2 is open, its period still running).
    const cohort = await createCohort(t, admin, course.id, {
      moduleReleases: [
        { moduleId: course.modules[1].id, releasesOn: '2026-02-01' },
        { moduleId: course.modules[2].id, releasesOn: '2099-01-01' },
      ],
    });
    // The cohort page reads the course's summary from the cohort.
    const detail = await t.http.get(`/api/cohorts/${cohort.id}`).set(auth(admin)).expect(200);
    expect(detail.body.courseSummary).toBe('Testikurssi');
    const elsewhere = await createCohort(t, admin, course.id);
    const needsApproval = await createCohort(t, admin, course.id, { approvalRequired: true });

    const me = await createUser(t, admin, { organizationId: home.id, fullName: 'Maija Minä' });
    const colleague = await createUser(t, admin, { organizationId: home.id, fullName: 'Kalle Kollega' });
    const leaver = await createUser(t, admin, { organizationId: home.id, fullName: 'Lauri Lähtijä' });
    const notHere = await createUser(t, admin, { organizationId: home.id, fullName: 'Eila Muualla' });
    const outsider = await createUser(t, admin, { organizationId: other.id, fullName: 'Olli Ulkopuolinen' });

    const mine = await enrol(t, me, cohort.id);
    await enrol(t, me, needsApproval.id); // pending: not in the overview
    const theirs = await enrol(t, colleague, cohort.id);
    const left = await enrol(t, leaver, cohort.id);
    await t.http
      .patch(`/api/enrollments/${left.id}`)
      .set(auth(leaver))
      .send({ status: 'withdrawn' })
      .expect(200);
    await enrol(t, notHere, elsewhere.id);
    const outsiders = await enrol(t, outsider, cohort.id);

    await complete(me, mine.id, page11);
    await complete(colleague, theirs.id, page11);
    await complete(colleague, theirs.id, page12);
    await complete(outsider, outsiders.id, page11);

    const answer = await overviewOf(me);
    expect(answer.cohorts).toHaveLength(1);
    const [c] = answer.cohorts;
    expect(c).toMatchObject({
      enrollmentId: mine.id,
      cohortId: cohort.id,
      cohortName: cohort.name,
      courseTitle: course.title,
      percent: 20, // 1 of 5
    });
    // Open and not done, in course order: 1.2, 2.1, 2.2 (the workshop); the first is next.
    expect(c.next).toEqual({
      activityId: page12,
      moduleId: course.modules[0].id,
      moduleTitle: 'Moduuli 1',
      title: 'Tehtävä 1.2',
      kind: 'page',
    });
    // Only module 1's period is over: 2.1 and the workshop of module 2 are open but not late.
    expect(c.late.map((a) => a.activityId)).toEqual([page12]);
    // The colleague (2 of 5); neither the withdrawn one, the one in another cohort nor the other organisation.
    expect(c.team).toEqual([{ fullName: 'Kalle Kollega', percent: 40 }]);
    // The past workshop is skipped; the next one lies in a module not yet open.
    expect(answer.nextWorkshop).toEqual({
      activityId: futureWorkshop,
      moduleId: course.modules[2].id,
      moduleTitle: 'Moduuli 3',
      title: 'Tehtävä 3.1',
      kind: 'workshop',
      enrollmentId: mine.id,
      cohortName: cohort.name,
      startsAt: '2099-03-01T08:00:00.000Z',
      location: 'Helsinki',
    });

    // The cohort's own time for that workshop (earlier, elsewhere) is the one that counts.
    await t.http
      .patch(`/api/cohorts/${cohort.id}`)
      .set(auth(admin))
      .send({
        // The list replaces the cohort's times: the past workshop keeps the one the cohort was opened with.
        workshops: [
          { activityId: pastWorkshop, startsAt: '2026-01-15T07:00:00Z' },
          { activityId: futureWorkshop, startsAt: '2098-05-04T09:00:00Z', location: 'Oulu' },
        ],
      })
      .expect(200);
    expect((await overviewOf(me)).nextWorkshop).toMatchObject({
      activityId: futureWorkshop,
      startsAt: '2098-05-04T09:00:00.000Z',
      location: 'Oulu',
    });

    // Done with module 1: nothing late, the next is module 2's page.
    await complete(me, mine.id, page12);
    const later = (await overviewOf(me)).cohorts[0];
    expect(later.late).toEqual([]);
    expect(later.next?.activityId).toBe(page21);
    expect(later.percent).toBe(40);

    // The outsider sees only their own organisation: nobody.
    expect((await overviewOf(outsider)).cohorts[0].team).toEqual([]);
  });

  it('is empty for someone with no active enrolment', async () => {
    const nobody = await createUser(t, admin);
    expect(await overviewOf(nobody)).toEqual({ cohorts: [], nextWorkshop: null });
  });
});
