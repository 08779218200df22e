import { randomUUID } from 'node:crypto';

import {
  addModule,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  getMaturityModel,
  setProgress,
} from '../factories';
import { createProcurement } from '../factories/procurements';
import { startSuite } from '../setup/suite';
import { TestApp } from '../setup/test-app';
import { PNG, World } from './matrix';
import { developerGroupWorld } from './developer-groups';
import { callsWorld } from './calls-world';
import { claimants, membershipWorld } from './membership-world';
import { scopedStaffWorld } from './scoped-staff-world';

/**
 * The app on a fresh database and the world the rows act on (see `World` for who owns what). Rows change it as they
 * run, so it is built once per suite and the rows run in their order.
 */
export async function startMatrixWorld(): Promise<{ t: TestApp; world: World }> {
  const { t, admin } = await startSuite();
  const orgA = await createOrganization(t, admin, { region: '11' });
  const orgB = await createOrganization(t, admin, { region: '12' });
  const { orgADomain, unverifiedMember, pendingMember } = await claimants(t, admin, orgA.id);
  const users = {
    admin,
    trainer: await createUser(t, admin, { roles: ['trainer'] }),
    otherTrainer: await createUser(t, admin, { roles: ['trainer'] }),
    participant: await createUser(t, admin, { organizationId: orgA.id }),
    colleague: await createUser(t, admin, { organizationId: orgA.id }),
    coordinator: await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgA.id,
    }),
    outsider: await createUser(t, admin, { organizationId: orgB.id }),
    agent: await createUser(t, admin, { roles: ['change_agent'], regions: ['11'] }),
    unverifiedMember,
    pendingMember,
    coach: await createUser(t, admin, { roles: ['trainer'] }),
    otherCoach: await createUser(t, admin, { roles: ['trainer'] }),
    mentor: await createUser(t, admin, { roles: ['trainer'] }),
    otherMentor: await createUser(t, admin, { roles: ['trainer'] }),
  };
  const course = await createPublishedCourse(t, users.trainer);
  const draft = await t.http
    .post('/api/courses')
    .set(auth(users.trainer))
    .send({ title: 'Luonnos', summary: '', language: 'fi' });
  // Closed for enrolment, so only the people in it see it.
  const cohort = await createCohort(t, admin, course.id, {
    trainerIds: [users.trainer.id],
    enrollmentClosesAt: '2099-01-01T00:00:00Z',
  });
  const enrollment = await enrol(t, admin, cohort.id, users.participant.id);
  await t.http
    .patch(`/api/cohorts/${cohort.id}`)
    .set(auth(admin))
    .send({ enrollmentClosesAt: '2021-01-01T00:00:00Z' })
    .expect(200);
  const otherCohort = await createCohort(t, admin, course.id, { capacity: 50 });
  const freshModule = async () => (await addModule(t, users.trainer, course.id, [], 'Kertakäyttö')).id;
  // The colleague completes a one-page course of its own, which issues a certificate.
  const short = await createPublishedCourse(t, users.trainer, { modules: [['page']] });
  const shortCohort = await createCohort(t, admin, short.id);
  const done = await enrol(t, users.colleague, shortCohort.id);
  await setProgress(t, users.colleague, done.id, short.modules[0].activities[0].id);
  const [certificate] = (await t.http.get('/api/me/certificates').set(auth(users.colleague))).body.items;
  // A full one-seat cohort: the participant's enrolment is waitlisted, which notifies them.
  const fullCohort = await createCohort(t, admin, course.id, { capacity: 1 });
  await enrol(t, admin, fullCohort.id, users.colleague.id);
  await enrol(t, admin, fullCohort.id, users.participant.id);
  let notification = '';
  for (let i = 0; i < 100 && !notification; i++) {
    const mine = await t.http.get('/api/me/notifications').set(auth(users.participant));
    notification = mine.body.items?.[0]?.id ?? '';
    if (!notification) await new Promise((r) => setTimeout(r, 50));
  }
  const draftCase = await t.http
    .post('/api/cases')
    .set(auth(users.participant))
    .send({ title: 'Luonnostapaus' })
    .expect(201);
  // A one-assessment course of its own, so the main course's figures stay as they are.
  const assessed = await createPublishedCourse(t, users.trainer, { modules: [['assessment']] });
  const assessedCohort = await createCohort(t, admin, assessed.id, { trainerIds: [users.trainer.id] });
  const assessedEnrollment = await enrol(t, admin, assessedCohort.id, users.participant.id);
  const model = await getMaturityModel(t, admin);
  // The team assignment: a course of one assignment, orgA's team (participant, colleague) and orgB's (outsider).
  const taskCourse = await createPublishedCourse(t, users.trainer, { modules: [['assignment']] });
  const taskCohort = await createCohort(t, admin, taskCourse.id, { trainerIds: [users.trainer.id] });
  const taskEnrollment = await enrol(t, users.participant, taskCohort.id);
  await enrol(t, users.colleague, taskCohort.id);
  await enrol(t, users.outsider, taskCohort.id);
  // The claimants enrol too: a team's work must stay closed to them all the same.
  await enrol(t, unverifiedMember, taskCohort.id);
  await enrol(t, pendingMember, taskCohort.id);
  const taskActivity = taskCourse.modules[0].activities[0].id;
  const submission = await t.http
    .get(`/api/enrollments/${taskEnrollment.id}/assignments/${taskActivity}`)
    .set(auth(users.participant))
    .expect(200);
  const upload = async () =>
    (
      await t.http
        .post(`/api/assignments/${submission.body.id}/attachments`)
        .set(auth(users.participant))
        .attach('file', PNG, 'liite.png')
        .expect(201)
    ).body.id as string;
  const attachmentId = await upload();
  const memberships = await membershipWorld(t, admin, {
    orgA: orgA.id,
    orgB: orgB.id,
    orgADomain,
    pendingMember,
    otherTrainer: users.otherTrainer,
    newcomer: (await createUser(t, admin, { organizationId: orgA.id })).id,
  });
  // The register: orgA's completed procurement with an indicator; each fresh one is for a row that deletes or converts.
  const freshProcurement = async () =>
    (await createProcurement(t, users.participant, { status: 'completed' })).id;
  const procurementId = await freshProcurement();
  const indicator = await t.http
    .post(`/api/procurements/${procurementId}/indicators`)
    .set(auth(users.participant))
    .send({ name: 'Päästöt', unit: 't', baseline: 10, target: 5, direction: 'decrease' })
    .expect(201);
  const groups = await scopedStaffWorld(
    t,
    users.trainer,
    users,
    { main: cohort.id, assessed: assessedCohort.id, task: taskCohort.id },
    { orgA: orgA.id, orgB: orgB.id },
  );
  const developerGroups = await developerGroupWorld(t, admin, users, orgA.id);
  const calls = await callsWorld(t, admin, otherCohort.id, users);
  const world: World = {
    procurement: { id: procurementId, indicator: indicator.body.id, fresh: freshProcurement },
    memberships,
    groups,
    developerGroups,
    calls,
    notification,
    assessment: { enrollment: assessedEnrollment.id, activity: assessed.modules[0].activities[0].id },
    maturityModel: {
      dimensions: model.dimensions.map((d) => ({ id: d.id, name: d.name, levels: d.levels })),
    },
    assessmentAnswers: model.dimensions.map((d) => ({ dimensionId: d.id, level: 3 })),
    assignment: {
      cohortId: taskCohort.id,
      enrollmentId: taskEnrollment.id,
      activityId: taskActivity,
      submissionId: submission.body.id,
      attachmentId,
      freshAttachment: upload,
    },
    draftCase: draftCase.body.id,
    certificate: certificate.code,
    course,
    draftId: draft.body.id,
    cohort,
    otherCohort,
    enrollment,
    orgA: orgA.id,
    orgB: orgB.id,
    users,
    freshModule,
    freshUser: async () =>
      (
        await t.http
          .post('/api/auth/register')
          .send({
            email: `fresh-${randomUUID()}@keino.example`,
            password: 'x'.repeat(12),
            fullName: 'Kerta Käyttäjä',
          })
          .expect(201)
      ).body.id,
    freshSession: () => createUser(t, admin),
    freshActivity: async () =>
      (
        await t.http
          .post(`/api/modules/${await freshModule()}/activities`)
          .set(auth(users.trainer))
          .send({ kind: 'page', title: 'Kertakäyttö', required: false })
          .expect(201)
      ).body.id,
  };
  return { t, world };
}
