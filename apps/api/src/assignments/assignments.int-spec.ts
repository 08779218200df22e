import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AssignmentResponse, CourseDetailResponse, EnrollmentResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  openAssignment,
  withdraw,
} from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { ASSIGNMENT_REVIEWED, AssignmentReviewedEvent } from './assignment.events';
import { AssignmentReviewsService } from './assignment-reviews.service';
import { startSuite } from '../../test/setup/suite';
import { PDF, PNG } from './testing/sample-files';

describe('team development assignments over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;
  let otherTrainer: Actor;
  let anna: Actor;
  let bertta: Actor;
  let leaver: Actor;
  let unenrolled: Actor;
  let outsider: Actor;
  let course: CourseDetailResponse;
  let cohortId: string;
  let assignmentId: string;
  let pageId: string;
  const enrolments: Record<string, EnrollmentResponse> = {};

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    const orgA = (await createOrganization(t, admin, { name: 'Aurinkokunta' })).id;
    const orgB = (await createOrganization(t, admin, { name: 'Bulevardikunta' })).id;
    trainer = await createUser(t, admin, { roles: ['trainer'], fullName: 'Tuula Kouluttaja' });
    otherTrainer = await createUser(t, admin, { roles: ['trainer'] });
    anna = await createUser(t, admin, { organizationId: orgA, fullName: 'Anna Aurinko' });
    bertta = await createUser(t, admin, { organizationId: orgA, fullName: 'Bertta Aurinko' });
    leaver = await createUser(t, admin, { organizationId: orgA, fullName: 'Lasse Lähtijä' });
    unenrolled = await createUser(t, admin, { organizationId: orgA });
    outsider = await createUser(t, admin, { organizationId: orgB, fullName: 'Olli Bulevardi' });
    course = await createPublishedCourse(t, trainer, { modules: [['page', 'assignment']] });
    pageId = course.modules[0].activities[0].id;
    assignmentId = course.modules[0].activities[1].id;
    cohortId = (await createCohort(t, admin, course.id, { trainerIds: [trainer.id] })).id;
    for (const [name, who] of Object.entries({ anna, bertta, leaver, outsider })) {
      enrolments[name] = await enrol(t, who, cohortId);
    }
    await withdraw(t, leaver, enrolments['leaver'].id);
  });
  afterAll(() => t.close());

  const open = (who: Actor, name = who === outsider ? 'outsider' : 'anna') =>
    openAssignment(t, who, enrolments[name].id, assignmentId);

  const upload = (who: Actor, id: string, data: Buffer, name: string) =>
    t.http.post(`/api/assignments/${id}/attachments`).set(auth(who)).attach('file', data, name);

  it('gives the team one shared submission that every member edits, and hides it from everyone else', async () => {
    const first = await open(anna);
    expect(first).toMatchObject({ status: 'draft', version: 0, canEdit: true, canReview: false, body: '' });
    expect(first.members.map((m) => m.fullName)).toEqual(['Anna Aurinko', 'Bertta Aurinko']);
    const same = await open(bertta, 'bertta');
    expect(same.id).toBe(first.id);

    const saved = await t.http
      .patch(`/api/assignments/${first.id}`)
      .set(auth(bertta))
      .send({ body: '<p>Hankintalinjaus</p><script>alert(1)</script>' })
      .expect(200);
    expect(saved.body).toMatchObject({ body: '<p>Hankintalinjaus</p>', updatedByName: 'Bertta Aurinko' });
    const file = await upload(anna, first.id, PDF, 'linjaus.pdf').expect(201);

    // Another team, a colleague not enrolled, a withdrawn member and a trainer of another cohort: not found.
    const other = await open(outsider);
    expect(other.id).not.toBe(first.id);
    for (const who of [outsider, unenrolled, leaver, otherTrainer]) {
      await t.http.get(`/api/assignments/${first.id}`).set(auth(who)).expect(404);
      await t.http.get(`/api/assignments/${first.id}/attachments/${file.body.id}`).set(auth(who)).expect(404);
      await t.http.patch(`/api/assignments/${first.id}`).set(auth(who)).send({ body: 'x' }).expect(404);
      await upload(who, first.id, PDF, 'x.pdf').expect(404);
      await t.http.post(`/api/assignments/${first.id}/submit`).set(auth(who)).expect(404);
      await t.http
        .post(`/api/assignments/${first.id}/comments`)
        .set(auth(who))
        .send({ body: 'hei' })
        .expect(404);
      await t.http
        .delete(`/api/assignments/${first.id}/attachments/${file.body.id}`)
        .set(auth(who))
        .expect(404);
      await t.http
        .post(`/api/assignments/${first.id}/reviews`)
        .set(auth(who))
        .send({ decision: 'approved' })
        .expect(404);
    }
    // The other team's attachment is not reachable through this team's submission either.
    const theirs = await upload(outsider, other.id, PNG, 'kuva.png').expect(201);
    await t.http
      .get(`/api/assignments/${first.id}/attachments/${theirs.body.id}`)
      .set(auth(anna))
      .expect(404);
    await t.http
      .get(`/api/assignments/${other.id}/attachments/${theirs.body.id}`)
      .set(auth(anna))
      .expect(404);
    // Someone else's enrolment, a non-assignment activity, an unknown activity: 404.
    await t.http
      .get(`/api/enrollments/${enrolments['anna'].id}/assignments/${assignmentId}`)
      .set(auth(bertta))
      .expect(404);
    await t.http
      .get(`/api/enrollments/${enrolments['anna'].id}/assignments/${pageId}`)
      .set(auth(anna))
      .expect(404);
    const withdrawn = await t.http
      .get(`/api/enrollments/${enrolments['leaver'].id}/assignments/${assignmentId}`)
      .set(auth(leaver))
      .expect(409);
    expect(withdrawn.body.code).toBe('ENROLLMENT_NOT_ACTIVE');

    // The trainer and an admin read it; they do not edit the team's work.
    await t.http.get(`/api/assignments/${first.id}`).set(auth(trainer)).expect(200);
    await t.http.get(`/api/assignments/${first.id}`).set(auth(admin)).expect(200);
    const notTeam = await t.http
      .patch(`/api/assignments/${first.id}`)
      .set(auth(trainer))
      .send({ body: 'x' })
      .expect(403);
    expect(notTeam.body.code).toBe('NOT_TEAM_MEMBER');
    await upload(trainer, first.id, PDF, 'x.pdf').expect(403);
    await t.http
      .delete(`/api/assignments/${first.id}/attachments/${file.body.id}`)
      .set(auth(trainer))
      .expect(403);
    await t.http
      .delete(`/api/assignments/${first.id}/attachments/${file.body.id}`)
      .set(auth(admin))
      .expect(403);
    await t.http.post(`/api/assignments/${first.id}/submit`).set(auth(admin)).expect(403);
    await t.http.get(`/api/assignments/${first.id}`).expect(401);
  });

  it('keeps versions and comments through a revision, and approval completes the activity for every active member', async () => {
    const { id } = await open(anna);
    // Progress: each member has done the page; the assignment is what remains.
    for (const name of ['anna', 'bertta']) {
      const who = name === 'anna' ? anna : bertta;
      await t.http
        .put(`/api/enrollments/${enrolments[name].id}/progress/${pageId}`)
        .set(auth(who))
        .send({ state: 'completed' })
        .expect(200);
    }
    // Not submitted yet: nothing to review.
    const early = await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(trainer))
      .send({ decision: 'approved' })
      .expect(409);
    expect(early.body.code).toBe('NOT_SUBMITTED');

    // The reminders module listens for each review once it has committed.
    const reviewed: AssignmentReviewedEvent[] = [];
    t.app.get(EventEmitter2).on(ASSIGNMENT_REVIEWED, (e: AssignmentReviewedEvent) => reviewed.push(e));

    const v1 = await t.http.post(`/api/assignments/${id}/submit`).set(auth(bertta)).expect(201);
    expect(v1.body).toMatchObject({ status: 'submitted', version: 1, canEdit: false });
    expect(v1.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        body: '<p>Hankintalinjaus</p>',
        submittedByName: 'Bertta Aurinko',
        attachments: [expect.objectContaining({ fileName: 'linjaus.pdf', mediaType: 'application/pdf' })],
      }),
    ]);
    const again = await t.http.post(`/api/assignments/${id}/submit`).set(auth(anna)).expect(409);
    expect(again.body.code).toBe('ASSIGNMENT_LOCKED');
    await t.http.patch(`/api/assignments/${id}`).set(auth(anna)).send({ body: 'x' }).expect(409);
    await upload(anna, id, PDF, 'myohassa.pdf').expect(409);

    // The trainer sees it waiting, and other teams too (even with nothing yet).
    const overview = await t.http.get(`/api/cohorts/${cohortId}/assignments`).set(auth(trainer)).expect(200);
    expect(overview.body.total).toBe(2);
    expect(overview.body.items[0]).toMatchObject({
      organizationName: 'Aurinkokunta',
      status: 'submitted',
      version: 1,
      members: 2,
      submissionId: id,
    });
    await t.http.get(`/api/cohorts/${cohortId}/assignments`).set(auth(otherTrainer)).expect(404);
    await t.http.get(`/api/cohorts/${cohortId}/assignments`).set(auth(anna)).expect(404);

    // A member cannot review their own work; a revision needs a comment.
    await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(anna))
      .send({ decision: 'approved' })
      .expect(403);
    const bare = await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(trainer))
      .send({ decision: 'revision_requested', comment: '  ' })
      .expect(400);
    expect(bare.body.code).toBe('COMMENT_REQUIRED');
    const revise = await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(trainer))
      .send({ decision: 'revision_requested', comment: 'Lisätkää mittarit.' })
      .expect(201);
    expect(revise.body).toMatchObject({ status: 'revision_requested', version: 1 });

    // The team discusses, revises, replaces the file and submits again.
    await t.http
      .post(`/api/assignments/${id}/comments`)
      .set(auth(anna))
      .send({ body: 'Lisäämme ne.' })
      .expect(201);
    await t.http
      .patch(`/api/assignments/${id}`)
      .set(auth(anna))
      .send({ body: '<p>Hankintalinjaus ja mittarit</p>' })
      .expect(200);
    const before = await open(anna);
    await t.http
      .delete(`/api/assignments/${id}/attachments/${before.attachments[0].id}`)
      .set(auth(anna))
      .expect(204);
    // Version 1 still lists the removed file, and it can still be downloaded from there.
    await t.http
      .get(`/api/assignments/${id}/attachments/${before.attachments[0].id}`)
      .set(auth(trainer))
      .expect(200);
    await upload(anna, id, PNG, 'mittarit.png').expect(201);
    const v2 = await t.http.post(`/api/assignments/${id}/submit`).set(auth(anna)).expect(201);
    expect(v2.body.version).toBe(2);

    const approved = await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(trainer))
      .send({ decision: 'approved' })
      .expect(201);
    const done = approved.body as AssignmentResponse;
    expect(done).toMatchObject({ status: 'approved', version: 2, canReview: false });
    expect(done.versions.map((v) => [v.version, v.body, v.attachments.map((a) => a.fileName)])).toEqual([
      [2, '<p>Hankintalinjaus ja mittarit</p>', ['mittarit.png']],
      [1, '<p>Hankintalinjaus</p>', ['linjaus.pdf']],
    ]);
    expect(done.comments.map((c) => [c.authorName, c.decision, c.version, c.body])).toEqual([
      ['Tuula Kouluttaja', 'revision_requested', 1, 'Lisätkää mittarit.'],
      ['Anna Aurinko', null, 1, 'Lisäämme ne.'],
      ['Tuula Kouluttaja', 'approved', 2, ''],
    ]);

    expect(reviewed.map((e) => e.decision)).toEqual(['revision_requested', 'approved']);
    expect(reviewed[1]).toMatchObject({
      submissionId: id,
      cohortId,
      activityId: assignmentId,
      reviewerId: trainer.id,
    });
    expect([...reviewed[1].memberUserIds].sort()).toEqual([anna.id, bertta.id].sort());
    expect(reviewed.map((e) => e.version)).toEqual([1, 2]);
    // The reminders module hears each review: every active member is told once, in the app (and by email).
    for (const who of [anna, bertta]) {
      const notes = await t.http.get('/api/me/notifications').set(auth(who)).expect(200);
      const kinds = (notes.body.items as { kind: string }[])
        .map((n) => n.kind)
        .filter((k) => k === 'revision_requested' || k === 'assignment_approved');
      expect(kinds.sort()).toEqual(['assignment_approved', 'revision_requested']);
    }
    const leaverNotes = await t.http.get('/api/me/notifications').set(auth(leaver)).expect(200);
    expect(
      (leaverNotes.body.items as { kind: string }[]).filter(
        (n) => n.kind === 'revision_requested' || n.kind === 'assignment_approved',
      ),
    ).toEqual([]);

    // Every active member's enrolment is now complete; the withdrawn one and the other team are not touched.
    for (const [name, who] of [
      ['anna', anna],
      ['bertta', bertta],
    ] as const) {
      const progress = await t.http
        .get(`/api/enrollments/${enrolments[name].id}/progress`)
        .set(auth(who))
        .expect(200);
      expect(progress.body).toMatchObject({ completedRequired: 2, totalRequired: 2, percent: 100 });
      expect(progress.body.completedAt).toEqual(expect.any(String));
      const mine = await t.http.get('/api/me/enrollments').set(auth(who)).expect(200);
      const row = (mine.body.items ?? mine.body).find((e: { id: string }) => e.id === enrolments[name].id);
      expect(row.status).toBe('completed');
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM progress WHERE activity_id = $1 AND enrollment_id = ANY($2::uuid[])`,
      [assignmentId, [enrolments['leaver'].id, enrolments['outsider'].id]],
    );
    expect(n).toBe(0);
    const certificates = await t.http.get('/api/me/certificates').set(auth(bertta)).expect(200);
    expect(certificates.body).toMatchObject({ total: 1, items: [expect.anything()] });

    // Had the process stopped between the approval and a member's completion, the sweep at start completes it.
    await t.db.query(`DELETE FROM progress WHERE enrollment_id = $1 AND activity_id = $2`, [
      enrolments['anna'].id,
      assignmentId,
    ]);
    const sweep = t.app.get(AssignmentReviewsService);
    expect(await sweep.completeApproved()).toBe(1);
    expect(await sweep.completeApproved()).toBe(0);
    const [repaired] = await t.db.query(
      `SELECT state, recorded_by FROM progress WHERE enrollment_id = $1 AND activity_id = $2`,
      [enrolments['anna'].id, assignmentId],
    );
    expect(repaired).toEqual({ state: 'completed', recorded_by: trainer.id });

    // A colleague who joins the team after the approval has the assignment done too, as the others.
    const late = await enrol(t, unenrolled, cohortId);
    let joined: { state: string } | undefined;
    for (let i = 0; i < 50 && !joined; i++) {
      [joined] = await t.db.query(
        `SELECT state FROM progress WHERE enrollment_id = $1 AND activity_id = $2`,
        [late.id, assignmentId],
      );
      if (!joined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(joined).toEqual({ state: 'completed' });

    // Approved work is final; a second review finds nothing to decide.
    await t.http.patch(`/api/assignments/${id}`).set(auth(anna)).send({ body: 'x' }).expect(409);
    await t.http
      .post(`/api/assignments/${id}/reviews`)
      .set(auth(trainer))
      .send({ decision: 'approved' })
      .expect(409);
    const audit = await t.db.query(
      `SELECT action, details->>'version' AS version FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'assignment.submitted', version: '1' },
      { action: 'assignment.reviewed', version: '1' },
      { action: 'assignment.submitted', version: '2' },
      { action: 'assignment.reviewed', version: '2' },
    ]);
  });

  it('refuses an empty submit and bad review input', async () => {
    const { id } = await open(outsider);
    await t.http
      .delete(`/api/assignments/${id}/attachments/${(await open(outsider)).attachments[0].id}`)
      .set(auth(outsider))
      .expect(204);
    await t.http.patch(`/api/assignments/${id}`).set(auth(outsider)).send({ body: '<p> </p>' }).expect(200);
    const empty = await t.http.post(`/api/assignments/${id}/submit`).set(auth(outsider)).expect(409);
    expect(empty.body.code).toBe('ASSIGNMENT_EMPTY');
    for (const body of [
      {},
      { decision: 'maybe' },
      { decision: 'approved', comment: 5 },
      { decision: 'approved', x: 1 },
    ]) {
      const res = await t.http.post(`/api/assignments/${id}/reviews`).set(auth(trainer)).send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    await t.http.patch(`/api/assignments/${id}`).set(auth(outsider)).send({ body: 5 }).expect(400);
    await t.http.post(`/api/assignments/${id}/comments`).set(auth(outsider)).send({ body: ' ' }).expect(400);
    await t.http.get('/api/assignments/not-a-uuid').set(auth(outsider)).expect(400);
  });
});
