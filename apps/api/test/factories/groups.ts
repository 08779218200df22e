import type { CourseDetailResponse, GroupResponse } from '@keino/contracts';

import { TestApp } from '../setup/test-app';
import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
} from './index';

/**
 * A cohort of a course with a page, the team assignment and a self-assessment, run by `trainer`: orgA's team (a1, a2),
 * orgB's (b1), and orgC with nobody enrolled. `coachA`, `coachB` and `mentor` are staff (trainers of no cohort).
 */
export interface GroupWorld {
  course: CourseDetailResponse;
  cohortId: string;
  orgA: string;
  orgB: string;
  orgC: string;
  trainer: Actor;
  coachA: Actor;
  coachB: Actor;
  mentor: Actor;
  a1: Actor;
  a2: Actor;
  b1: Actor;
  enrolments: { a1: string; a2: string; b1: string };
  activities: { page: string; assignment: string; assessment: string };
}

export async function groupWorld(t: TestApp, admin: Actor): Promise<GroupWorld> {
  const [orgA, orgB, orgC] = await Promise.all(
    ['Aurajoki', 'Bjärnå', 'Cityn'].map((name) => createOrganization(t, admin, { name: `${name} kunta` })),
  );
  const staff = () => createUser(t, admin, { roles: ['trainer'] });
  // Every account at once: hashing the passwords is what takes the time, and it runs off the event loop.
  const [trainer, coachA, coachB, mentor, a1, a2, b1] = await Promise.all([
    staff(),
    staff(),
    staff(),
    staff(),
    createUser(t, admin, { organizationId: orgA.id, fullName: 'Aino Aurajoki' }),
    createUser(t, admin, { organizationId: orgA.id, fullName: 'Aapo Aurajoki' }),
    createUser(t, admin, { organizationId: orgB.id, fullName: 'Bertil Bjärnå' }),
  ]);
  const course = await createPublishedCourse(t, trainer, { modules: [['page', 'assignment', 'assessment']] });
  const cohort = await createCohort(t, admin, course.id, { trainerIds: [trainer.id] });
  const [ea1, ea2, eb1] = [
    await enrol(t, a1, cohort.id),
    await enrol(t, a2, cohort.id),
    await enrol(t, b1, cohort.id),
  ];
  const [page, assignment, assessment] = course.modules[0].activities.map((a) => a.id);
  return {
    course,
    cohortId: cohort.id,
    orgA: orgA.id,
    orgB: orgB.id,
    orgC: orgC.id,
    trainer,
    coachA,
    coachB,
    mentor,
    a1,
    a2,
    b1,
    enrolments: { a1: ea1.id, a2: ea2.id, b1: eb1.id },
    activities: { page, assignment, assessment },
  };
}

export async function createGroup(
  t: TestApp,
  by: Actor,
  cohortId: string,
  body: { name?: string; coachIds: string[]; organizationIds: string[] },
): Promise<GroupResponse> {
  return (
    await t.http
      .post(`/api/cohorts/${cohortId}/groups`)
      .set(auth(by))
      .send({ name: 'Pienryhmä', ...body })
      .expect(201)
  ).body;
}

export async function setMentor(
  t: TestApp,
  by: Actor,
  cohortId: string,
  organizationId: string,
  mentorId: string,
): Promise<void> {
  await t.http
    .put(`/api/cohorts/${cohortId}/mentors/${organizationId}`)
    .set(auth(by))
    .send({ mentorId })
    .expect(200);
}
