import type { EnrollmentAssessmentsResponse, NotificationListResponse } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser } from '../../test/factories';
import {
  AnsweredCohorts,
  answerInTwoCohorts,
  AssessmentSuite,
  startAssessmentSuite,
} from './testing/assessment-suite';

// Today in Finnish time, as the API reckons the window.
const TODAY = `(now() AT TIME ZONE 'Europe/Helsinki')::date`;

describe('the maturity follow-up, a year on', () => {
  let s: AssessmentSuite;
  let w: AnsweredCohorts;
  let d1: string;
  let d2: string;

  /** Moves the cohort so that it ended `months` months (and `days` days) before today. */
  const endedAgo = async (cohortId: string, months: number, days = 0) => {
    await s.t.db.query(
      `UPDATE cohorts SET ends_on = (${TODAY} - make_interval(months => $2, days => $3))::date,
                          starts_on = (${TODAY} - make_interval(months => $2, days => $3 + 90))::date
       WHERE id = $1`,
      [cohortId, months, days],
    );
  };
  const followUp = (as: Actor, enrollmentId: string, levels: [number, number]) =>
    s.t.http
      .put(`/api/enrollments/${enrollmentId}/assessments/follow-up`)
      .set(auth(as))
      .send({
        answers: [
          { dimensionId: d1, level: levels[0] },
          { dimensionId: d2, level: levels[1] },
        ],
      });
  const view = async (as: Actor, enrollmentId: string) =>
    (await s.t.http.get(`/api/enrollments/${enrollmentId}/assessments`).set(auth(as)).expect(200))
      .body as EnrollmentAssessmentsResponse;

  beforeAll(async () => {
    s = await startAssessmentSuite();
    w = await answerInTwoCohorts(s);
    ({ d1, d2 } = w);
  });
  afterAll(() => s.t.close());

  it('is refused before the window opens (11 months after the end), and shows when it opens', async () => {
    const { p1 } = w.people;
    await endedAgo(w.cohort1, 11, -1);
    const refused = await followUp(p1.actor, p1.enrollment, [4, 3]).expect(409);
    expect(refused.body.code).toBe('FOLLOW_UP_NOT_OPEN');
    const before = await view(p1.actor, p1.enrollment);
    expect(before.followUp).toMatchObject({ answers: [], answeredAt: null, canAnswer: false });
    const [{ opens }] = await s.t.db.query<{ opens: string }[]>(`SELECT (${TODAY} + 1)::text AS opens`);
    expect(before.followUp.opensOn).toBe(opens);
  });

  it('is refused after the window closes (15 months after the end)', async () => {
    const { p1 } = w.people;
    await endedAgo(w.cohort1, 15);
    const refused = await followUp(p1.actor, p1.enrollment, [4, 3]).expect(409);
    expect(refused.body.code).toBe('FOLLOW_UP_CLOSED');
    await endedAgo(w.cohort1, 15, -1);
    expect((await view(p1.actor, p1.enrollment)).followUp.canAnswer).toBe(true);
  });

  describe('inside the window', () => {
    beforeAll(async () => {
      await endedAgo(w.cohort1, 11);
      await endedAgo(w.cohort2, 12);
    });

    it('asks each participant who has not answered, exactly once, in their language, with a link', async () => {
      const run = async () =>
        (await s.t.http.post('/api/admin/reminders/run').set(auth(s.admin)).expect(200)).body as {
          created: Record<string, number>;
        };
      await s.t.http.patch('/api/auth/me').set(auth(w.people.p3.actor)).send({ locale: 'sv' }).expect(200);
      expect((await run()).created.follow_up_open).toBe(4);
      expect((await run()).created.follow_up_open).toBe(0);
      const ids = Object.values(w.people).map((p) => p.actor.id);
      const rows = await s.t.db.query<{ user_id: string; payload: { enrollmentId: string }; body: string }[]>(
        `SELECT n.user_id, n.payload, m.body FROM notifications n JOIN email_messages m ON m.notification_id = n.id
         WHERE n.kind = 'follow_up_open' AND n.user_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(rows).toHaveLength(4);
      const p3 = rows.find((r) => r.user_id === w.people.p3.actor.id);
      expect(p3?.payload.enrollmentId).toBe(w.people.p3.enrollment);
      expect(p3?.body).toContain('uppföljningen');
      expect(p3?.body).toContain(`/learning/${w.people.p3.enrollment}/follow-up`);
      expect(rows.find((r) => r.user_id === w.people.p1.actor.id)?.body).toContain('seurantaan');
      const mine = (await s.t.http.get('/api/me/notifications').set(auth(w.people.p1.actor)).expect(200))
        .body as NotificationListResponse;
      expect(mine.items.filter((n) => n.kind === 'follow_up_open')).toHaveLength(1);
    });

    it('lets the participant answer and revise it, and no one else', async () => {
      const { p1, p2, p4 } = w.people;
      const saved = (await followUp(p1.actor, p1.enrollment, [5, 3]).expect(200))
        .body as EnrollmentAssessmentsResponse;
      expect(saved.followUp.answers).toEqual(
        expect.arrayContaining([
          { dimensionId: d1, level: 5 },
          { dimensionId: d2, level: 3 },
        ]),
      );
      expect(saved.followUp.canAnswer).toBe(true);
      // The start and end stay as they were, and the follow-up completes no activity.
      expect(saved.start.answers).toHaveLength(2);
      expect(saved.end.answers).toHaveLength(2);
      await followUp(p1.actor, p1.enrollment, [4, 3]).expect(200);
      await followUp(p2.actor, p2.enrollment, [3, 5]).expect(200);
      await followUp(p4.actor, p4.enrollment, [2, 4]).expect(200);

      const incomplete = await s.t.http
        .put(`/api/enrollments/${p1.enrollment}/assessments/follow-up`)
        .set(auth(p1.actor))
        .send({ answers: [{ dimensionId: d1, level: 2 }] })
        .expect(400);
      expect(incomplete.body.code).toBe('ASSESSMENT_INCOMPLETE');
      await followUp(w.trainer1, p1.enrollment, [1, 1]).expect(403);
      await followUp(p2.actor, p1.enrollment, [1, 1]).expect(404);
      const outsider = await createUser(s.t, s.admin, {
        organizationId: (await createOrganization(s.t, s.admin)).id,
      });
      await followUp(outsider, p1.enrollment, [1, 1]).expect(404);
      expect((await view(p1.actor, p1.enrollment)).followUp.answers).toEqual(
        expect.arrayContaining([{ dimensionId: d1, level: 4 }]),
      );
    });

    it('reports start, end and follow-up with the figures computed by hand', async () => {
      const report = await s.impact(s.admin);
      // Strategy: starts 1, 2, 3 (p1–p3), 2 (p4); ends 3, 2, 4; follow-ups p1 4, p2 3, p4 2.
      // Data: starts 2, 2, 1, 3; ends 3, 4, 2; follow-ups p1 3, p2 5, p4 4.
      expect(report.rows).toEqual([
        expect.objectContaining({
          label: 'Strategy (fi)',
          n: 3,
          averageStart: 2,
          averageEnd: 3,
          averageChange: 1,
          startOnly: 1,
          followUpN: 3,
          averageFollowUp: 3, // (4 + 3 + 2) / 3
          averageFollowUpChange: 1.33, // (3 + 1 + 0) / 3
        }),
        expect.objectContaining({
          label: 'Data (fi)',
          n: 3,
          averageStart: 1.67,
          averageEnd: 3,
          averageChange: 1.33,
          startOnly: 1,
          followUpN: 3,
          averageFollowUp: 4, // (3 + 5 + 4) / 3
          averageFollowUpChange: 1.67, // (1 + 3 + 1) / 3
        }),
      ]);
      const byCohort = await s.impact(s.admin, '?group=cohort');
      const c1 = byCohort.rows.find((r) => r.key === w.cohort1);
      const c2 = byCohort.rows.find((r) => r.key === w.cohort2);
      // Cohort 1: p1 and p2 over both dimensions: (4+3+3+5)/4 = 3.75; change (3+1+1+3)/4 = 2.
      expect(c1).toMatchObject({ followUpN: 2, averageFollowUp: 3.75, averageFollowUpChange: 2 });
      // Cohort 2: p4 answered the start and the follow-up, never the end: (2+4)/2 = 3; change (0+1)/2 = 0.5.
      expect(c2).toMatchObject({
        n: 0,
        startOnly: 1,
        followUpN: 1,
        averageFollowUp: 3,
        averageFollowUpChange: 0.5,
      });
      // A trainer sees only their cohort's follow-up.
      const trainer = await s.impact(w.trainer2, '?group=cohort');
      expect(trainer.rows.map((r) => [r.key, r.followUpN])).toEqual([[w.cohort2, 1]]);
    });
  });
});
