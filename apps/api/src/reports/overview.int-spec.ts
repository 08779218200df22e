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
import { TestApp } from '../../test/setup/test-app';
import { startSuite } from '../../test/setup/suite';

/** A UTC date `offset` days from today, `YYYY-MM-DD`. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The Monday of the UTC week that holds `date`. */
function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

describe('cohort timeline and programme overview over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let agent: Actor;
  let course: CourseDetailResponse;
  const cohorts: Record<'recent' | 'long' | 'empty', string> = { recent: '', long: '', empty: '' };
  const people: Record<string, Actor> = {};

  // Hand-computed figures: 3 required activities (m1: page + workshop, m2: page), m2's link optional.
  // recent (capacity 4, started 9 days ago): Aino (Pirkanmaa) 3/3 three days ago, Bertta (Pirkanmaa) 1/3,
  // Cecilia (Pohjois-Pohjanmaa) 2/3, Doris (Pohjois-Pohjanmaa) 0/3, Eero waitlisted, Gun (Pirkanmaa) withdrawn.
  // long (since 2026-01-15): Hanna (Pohjois-Pohjanmaa) 1/3, Iida (no organisation) 0/3. empty: nobody.
  beforeAll(async () => {
    ({ t, admin, trainer, agent } = await startSuite({
      users: { trainer: 'trainer', agent: { roles: ['change_agent'], regions: ['06'] } },
    }));
    course = await createPublishedCourse(t, trainer);
    const tampere = (await createOrganization(t, admin, { region: '06' })).id;
    const oulu = (await createOrganization(t, admin, { region: '17' })).id;
    const recent = await createCohort(t, admin, course.id, {
      name: 'Syksy',
      startsOn: day(-9),
      endsOn: day(30),
      capacity: 4,
      trainerIds: [trainer.id],
    });
    const long = await createCohort(t, admin, course.id, { name: 'Kevät', startsOn: '2026-01-15' });
    const empty = await createCohort(t, admin, course.id, {
      name: '=Tyhjä',
      startsOn: '2026-01-01',
      endsOn: '2099-01-01',
    });
    Object.assign(cohorts, { recent: recent.id, long: long.id, empty: empty.id });

    const [page1, workshop] = course.modules[0].activities.map((a) => a.id);
    const [page2] = course.modules[1].activities.map((a) => a.id);
    const specs: [string, string | undefined, string, string[]][] = [
      ['Aino', tampere, recent.id, [page1, workshop, page2]],
      ['Bertta', tampere, recent.id, [page1]],
      ['Cecilia', oulu, recent.id, [page1, workshop]],
      ['Doris', oulu, recent.id, []],
      ['Eero', oulu, recent.id, []],
      ['Gun', tampere, recent.id, []],
      ['Hanna', oulu, long.id, [page1]],
      ['Iida', undefined, long.id, []],
    ];
    for (const [name, org, cohortId, done] of specs) {
      const actor = await createUser(t, admin, { fullName: name, ...(org ? { organizationId: org } : {}) });
      people[name] = actor;
      const e = await enrol(t, actor, cohortId);
      if (name === 'Eero' || name === 'Gun') expect(e.status).toBe('waitlisted');
      if (name === 'Gun') {
        await withdraw(t, actor, e.id);
      }
      for (const a of done) {
        await setProgress(t, a === workshop ? trainer : actor, e.id, a);
      }
    }
    // Aino finished three days ago: move her completion days and completion time back.
    await t.db.query(
      `UPDATE enrollments
       SET completed_days = (SELECT array_agg(d - 3 ORDER BY i) FROM unnest(completed_days) WITH ORDINALITY x(d, i)),
           completed_at = completed_at - interval '3 days'
       WHERE user_id = $1`,
      [people['Aino'].id],
    );
  });
  afterAll(() => t.close());

  describe('GET /api/cohorts/:id/report/timeline', () => {
    it('counts enrolments by status and cumulative completions per day', async () => {
      const res = await t.http
        .get(`/api/cohorts/${cohorts.recent}/report/timeline`)
        .set(auth(trainer))
        .expect(200);
      expect(res.body.cohortId).toBe(cohorts.recent);
      expect(res.body.statuses).toEqual({ pending: 0, active: 3, waitlisted: 1, withdrawn: 1, completed: 1 });
      expect(res.body.interval).toBe('day');
      const expected = [];
      for (let d = -9; d <= 0; d++) {
        const [activities, enrolments] = d < -3 ? [0, 0] : d < 0 ? [3, 1] : [6, 1];
        expected.push({ date: day(d), completedActivities: activities, completedEnrollments: enrolments });
      }
      expect(res.body.points).toEqual(expected);
    });

    it('shows change agents their regions’ participants only', async () => {
      const res = await t.http
        .get(`/api/cohorts/${cohorts.recent}/report/timeline`)
        .set(auth(agent))
        .expect(200);
      expect(res.body.statuses).toEqual({ pending: 0, active: 1, waitlisted: 0, withdrawn: 1, completed: 1 });
      expect(res.body.points.at(-1)).toEqual({
        date: day(0),
        completedActivities: 4,
        completedEnrollments: 1,
      });
      expect(res.body.points.at(-4)).toEqual({
        date: day(-3),
        completedActivities: 3,
        completedEnrollments: 1,
      });
    });

    it('counts per week from the Monday of the start when the cohort runs longer than 62 days', async () => {
      const res = await t.http
        .get(`/api/cohorts/${cohorts.long}/report/timeline`)
        .set(auth(admin))
        .expect(200);
      expect(res.body.interval).toBe('week');
      expect(res.body.points[0]).toEqual({
        date: '2026-01-12',
        completedActivities: 0,
        completedEnrollments: 0,
      });
      expect(res.body.points.at(-1)).toEqual({
        date: mondayOf(day(0)),
        completedActivities: 1,
        completedEnrollments: 0,
      });
      const weeks = (Date.parse(mondayOf(day(0))) - Date.parse('2026-01-12')) / (7 * 86_400_000) + 1;
      expect(res.body.points).toHaveLength(weeks);
      expect(res.body.statuses).toEqual({ pending: 0, active: 2, waitlisted: 0, withdrawn: 0, completed: 0 });
    });

    it('refuses participants, trainers of other cohorts and unknown cohorts', async () => {
      await t.http
        .get(`/api/cohorts/${cohorts.recent}/report/timeline`)
        .set(auth(people['Aino']))
        .expect(403);
      const other = await createUser(t, admin, { roles: ['trainer'] });
      const refused = await t.http
        .get(`/api/cohorts/${cohorts.recent}/report/timeline`)
        .set(auth(other))
        .expect(403);
      expect(refused.body.code).toBe('REPORT_FORBIDDEN');
      await t.http
        .get('/api/cohorts/00000000-0000-4000-8000-000000000000/report/timeline')
        .set(auth(admin))
        .expect(404);
      await t.http.get(`/api/cohorts/not-a-uuid/report/timeline`).set(auth(admin)).expect(400);
    });
  });

  describe('GET /api/reports/programme', () => {
    it('gives admins every cohort, the totals and the regions', async () => {
      const res = await t.http.get('/api/reports/programme').set(auth(admin)).expect(200);
      expect(res.body.cohorts).toEqual([
        {
          cohortId: cohorts.recent,
          name: 'Syksy',
          courseTitle: course.title,
          startsOn: day(-9),
          endsOn: day(30),
          enrolled: 4,
          active: 3,
          completed: 1,
          completionRate: 0.25,
          averagePercent: 50,
        },
        {
          cohortId: cohorts.long,
          name: 'Kevät',
          courseTitle: course.title,
          startsOn: '2026-01-15',
          endsOn: '2099-06-15',
          enrolled: 2,
          active: 2,
          completed: 0,
          completionRate: 0,
          averagePercent: 16.7,
        },
        {
          cohortId: cohorts.empty,
          name: '=Tyhjä',
          courseTitle: course.title,
          startsOn: '2026-01-01',
          endsOn: '2099-01-01',
          enrolled: 0,
          active: 0,
          completed: 0,
          completionRate: 0,
          averagePercent: 0,
        },
      ]);
      expect(res.body.totals).toEqual({
        cohorts: 3,
        enrolled: 6,
        active: 5,
        completed: 1,
        completionRate: 0.1667,
        averagePercent: 38.9,
      });
      expect(res.body.regions).toEqual([
        { region: '06', participants: 2, completed: 1, completionRate: 0.5 },
        { region: '17', participants: 3, completed: 0, completionRate: 0 },
        { region: null, participants: 1, completed: 0, completionRate: 0 },
      ]);
    });

    it('gives change agents the cohorts and figures of their regions only', async () => {
      const res = await t.http.get('/api/reports/programme').set(auth(agent)).expect(200);
      expect(res.body.cohorts).toHaveLength(1);
      expect(res.body.cohorts[0]).toMatchObject({
        cohortId: cohorts.recent,
        enrolled: 2,
        active: 1,
        completed: 1,
        completionRate: 0.5,
        averagePercent: 66.7,
      });
      expect(res.body.totals).toEqual({
        cohorts: 1,
        enrolled: 2,
        active: 1,
        completed: 1,
        completionRate: 0.5,
        averagePercent: 66.7,
      });
      expect(res.body.regions).toEqual([
        { region: '06', participants: 2, completed: 1, completionRate: 0.5 },
      ]);
    });

    it('exports the cohorts as CSV with formulas neutralised', async () => {
      const res = await t.http.get('/api/reports/programme.csv').set(auth(admin)).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.text.trim().split('\n');
      expect(lines[0]).toBe(
        'cohortId,name,courseTitle,startsOn,endsOn,enrolled,active,completed,completionRate,averagePercent',
      );
      expect(lines).toHaveLength(4);
      expect(lines[1]).toBe(`${cohorts.recent},Syksy,${course.title},${day(-9)},${day(30)},4,3,1,0.25,50`);
      expect(lines[3]).toContain(`${cohorts.empty},'=Tyhjä,`);
    });

    it('refuses trainers, participants and anonymous callers', async () => {
      const refused = await t.http.get('/api/reports/programme').set(auth(trainer)).expect(403);
      expect(refused.body.code).toBeDefined();
      await t.http.get('/api/reports/programme.csv').set(auth(people['Aino'])).expect(403);
      await t.http.get('/api/reports/programme').expect(401);
    });
  });
});
