import { Actor, auth } from '../factories';
import { createGroup } from '../factories/groups';
import { TestApp } from '../setup/test-app';
import type { Route } from './developer-groups';

/**
 * The small groups' writes: `member`'s organisation in a group of `cohortId` coached by the trainer, with a meeting,
 * and the management-team review of the team's `submission`.
 */
export async function smallGroupRoutes(
  t: TestApp,
  {
    trainer,
    member,
    cohortId,
    submission,
  }: { trainer: Actor; member: Actor; cohortId: string; submission: string },
): Promise<Route[]> {
  const taskCohort = { id: cohortId };
  // Small groups: the member's organisation in a group of the task cohort, coached by the trainer, with a meeting.
  const memberOrg = (await t.http.get('/api/auth/me').set(auth(member))).body.organizationId as string;
  const group = await createGroup(t, trainer, taskCohort.id, {
    coachIds: [trainer.id],
    organizationIds: [],
  });
  const meeting = (
    await t.http
      .post(`/api/groups/${group.id}/meetings`)
      .set(auth(trainer))
      .send({ title: 'Tapaaminen', startsAt: '2027-02-10T07:00:00Z' })
      .expect(201)
  ).body.id as string;
  return [
    {
      method: 'post',
      path: `/api/cohorts/${taskCohort.id}/groups`,
      as: trainer,
      fields: ['name', 'coachIds', 'organizationIds'],
    },
    {
      method: 'patch',
      path: `/api/groups/${group.id}`,
      as: trainer,
      fields: ['name', 'coachIds', 'organizationIds'],
    },
    {
      method: 'put',
      path: `/api/cohorts/${taskCohort.id}/mentors/${memberOrg}`,
      as: trainer,
      fields: ['mentorId'],
    },
    {
      method: 'post',
      path: `/api/groups/${group.id}/meetings`,
      as: trainer,
      fields: ['title', 'startsAt', 'endsAt', 'location', 'onlineUrl'],
    },
    {
      method: 'put',
      path: `/api/meetings/${meeting}/attendance/${member.id}`,
      as: trainer,
      fields: ['attended'],
    },
    {
      method: 'put',
      path: `/api/assignments/${submission}/management-review`,
      as: member,
      fields: ['presentedOn', 'outcome', 'note'],
    },
  ];
}
