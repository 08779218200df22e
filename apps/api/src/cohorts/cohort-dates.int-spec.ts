import type { CohortDetailResponse, CourseDetailResponse } from '@keino/contracts';

import { Actor, auth, createPublishedCourse } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

// The course's one workshop meets on 2027-01-20 (test/factories): a 2027–28 cohort must not inherit that day.
describe('a cohort’s own dates, place and name', () => {
  let t: TestApp;
  let admin: Actor;
  let course: CourseDetailResponse;
  let workshopId: string;

  beforeAll(async () => {
    let trainer: Actor;
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
    course = await createPublishedCourse(t, trainer);
    workshopId = course.modules[0].activities.find((a) => a.kind === 'workshop')?.id ?? '';
  });
  afterAll(() => t.close());

  const body = (overrides: object = {}) => ({
    courseId: course.id,
    name: `Lukuvuosi ${Math.random().toString(36).slice(2, 8)}`,
    startsOn: '2027-09-01',
    endsOn: '2028-05-31',
    capacity: 10,
    approvalRequired: false,
    ...overrides,
  });
  const cohortCount = async () =>
    (await t.http.get('/api/cohorts?limit=100').set(auth(admin)).expect(200)).body.total as number;
  const detail = async (id: string) =>
    (await t.http.get(`/api/cohorts/${id}`).set(auth(admin)).expect(200)).body as CohortDetailResponse;
  const workshopIn = (cohort: CohortDetailResponse) =>
    cohort.modules.flatMap((m) => m.activities).find((a) => a.id === workshopId);

  it('refuses a new cohort whose workshop would silently keep the course’s date outside its own dates', async () => {
    const before = await cohortCount();
    const res = await t.http.post('/api/cohorts').set(auth(admin)).send(body()).expect(400);
    expect(res.body.code).toBe('WORKSHOP_DATE_REQUIRED');
    expect(res.body.message).toContain('Tehtävä 1.2');
    expect(await cohortCount()).toBe(before);

    // A time of the cohort's own, within its dates, is the decision it asked for.
    const created = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ workshops: [{ activityId: workshopId, startsAt: '2027-10-05T06:00:00Z' }] }))
      .expect(201);
    expect(workshopIn(await detail(created.body.id))?.startsAt).toBe('2027-10-05T06:00:00.000Z');
    // A cohort whose dates hold the course's date may keep it.
    const keeps = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ startsOn: '2027-01-01', endsOn: '2027-06-30' }))
      .expect(201);
    expect(workshopIn(await detail(keeps.body.id))?.startsAt).toBe('2027-01-20T08:00:00.000Z');
  });

  it('refuses a workshop time outside the cohort, in Finnish days', async () => {
    // 22.30 UTC on 31 May 2028 is already 1 June in Helsinki.
    const res = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ workshops: [{ activityId: workshopId, startsAt: '2028-05-31T22:30:00Z' }] }))
      .expect(400);
    expect(res.body.code).toBe('WORKSHOP_OUTSIDE_COHORT');
  });

  it('keeps a place and an online link per cohort, which its workshops meet at unless they name their own', async () => {
    const created = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(
        body({
          place: '  Tampere-talo, Tampere  ',
          onlineUrl: 'https://meet.example/keino-tampere',
          workshops: [{ activityId: workshopId, startsAt: '2027-10-05T06:00:00Z' }],
        }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      place: 'Tampere-talo, Tampere',
      onlineUrl: 'https://meet.example/keino-tampere',
    });
    expect(workshopIn(await detail(created.body.id))?.location).toBe('Tampere-talo, Tampere');
    for (const onlineUrl of ['javascript:alert(1)', 'meet.example', 'x'.repeat(2001)]) {
      const refused = await t.http
        .post('/api/cohorts')
        .set(auth(admin))
        .send(body({ onlineUrl }))
        .expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is edited after creation: name, dates, place and link; new dates must still hold its workshops', async () => {
    const created = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(
        body({ place: 'Oulu', workshops: [{ activityId: workshopId, startsAt: '2027-10-05T06:00:00Z' }] }),
      )
      .expect(201);
    const id = created.body.id as string;
    const edited = await t.http
      .patch(`/api/cohorts/${id}`)
      .set(auth(admin))
      .send({ name: `${created.body.name} (muutettu)`, place: null, onlineUrl: 'https://meet.example/uusi' })
      .expect(200);
    expect(edited.body).toMatchObject({ place: null, onlineUrl: 'https://meet.example/uusi' });
    expect(workshopIn(await detail(id))?.location).toBe('Helsinki');

    const refused = await t.http
      .patch(`/api/cohorts/${id}`)
      .set(auth(admin))
      .send({ endsOn: '2027-09-30' })
      .expect(400);
    expect(refused.body.code).toBe('WORKSHOP_OUTSIDE_COHORT');
    expect((await detail(id)).endsOn).toBe('2028-05-31');
    // Moved with its workshop in one request, the change holds.
    await t.http
      .patch(`/api/cohorts/${id}`)
      .set(auth(admin))
      .send({
        endsOn: '2027-09-30',
        workshops: [{ activityId: workshopId, startsAt: '2027-09-15T06:00:00Z' }],
      })
      .expect(200);
    expect((await detail(id)).endsOn).toBe('2027-09-30');
  });

  it('warns of a name another cohort has, and takes it when told it is meant', async () => {
    const first = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ startsOn: '2027-01-01' }))
      .expect(201);
    const name = first.body.name as string;
    const before = await cohortCount();
    const again = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ startsOn: '2027-01-01', name: `  ${name.toUpperCase()} ` }))
      .expect(409);
    expect(again.body.code).toBe('COHORT_NAME_TAKEN');
    expect(await cohortCount()).toBe(before);
    await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ startsOn: '2027-01-01', name, allowDuplicateName: true }))
      .expect(201);

    const other = await t.http
      .post('/api/cohorts')
      .set(auth(admin))
      .send(body({ startsOn: '2027-01-01' }))
      .expect(201);
    const rename = await t.http
      .patch(`/api/cohorts/${other.body.id}`)
      .set(auth(admin))
      .send({ name })
      .expect(409);
    expect(rename.body.code).toBe('COHORT_NAME_TAKEN');
    // Its own name is not a duplicate of itself.
    await t.http
      .patch(`/api/cohorts/${other.body.id}`)
      .set(auth(admin))
      .send({ name: other.body.name })
      .expect(200);
  });
});
