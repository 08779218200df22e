import { Actor, auth } from '../factories';
import { createGroup, setMentor } from '../factories/groups';
import { TestApp } from '../setup/test-app';

/** The small groups of the matrix's cohorts (see `World.groups`). */
export interface ScopedStaffWorld {
  /** The task cohort's group of orgA (coach: `coach`), and of orgB (coach: `otherCoach`). */
  groupId: string;
  otherGroupId: string;
  /** A meeting of orgA's group. */
  meetingId: string;
}

/**
 * In each cohort where orgA has a team (the main one, the assessed one, the task one), `coach` coaches orgA's group
 * and `mentor` mentors orgA; `otherCoach` coaches another group (orgB's in the task cohort, where orgB has a team) and
 * `otherMentor` mentors orgB there. None of them trains any cohort.
 */
export async function scopedStaffWorld(
  t: TestApp,
  trainer: Actor,
  people: { coach: Actor; otherCoach: Actor; mentor: Actor; otherMentor: Actor },
  cohorts: { main: string; assessed: string; task: string },
  orgs: { orgA: string; orgB: string },
): Promise<ScopedStaffWorld> {
  for (const cohortId of [cohorts.main, cohorts.assessed]) {
    await createGroup(t, trainer, cohortId, { coachIds: [people.coach.id], organizationIds: [orgs.orgA] });
    await createGroup(t, trainer, cohortId, { coachIds: [people.otherCoach.id], organizationIds: [] });
    await setMentor(t, trainer, cohortId, orgs.orgA, people.mentor.id);
  }
  const group = await createGroup(t, trainer, cohorts.task, {
    coachIds: [people.coach.id],
    organizationIds: [orgs.orgA],
  });
  const other = await createGroup(t, trainer, cohorts.task, {
    coachIds: [people.otherCoach.id],
    organizationIds: [orgs.orgB],
  });
  await setMentor(t, trainer, cohorts.task, orgs.orgA, people.mentor.id);
  await setMentor(t, trainer, cohorts.task, orgs.orgB, people.otherMentor.id);
  const meeting = await t.http
    .post(`/api/groups/${group.id}/meetings`)
    .set(auth(people.coach))
    .send({ title: 'Matriisin tapaaminen', startsAt: '2027-02-10T07:00:00Z' })
    .expect(201);
  return { groupId: group.id, otherGroupId: other.id, meetingId: meeting.body.id };
}
