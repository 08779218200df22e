import type { DeveloperGroupResponse, ThreadSummary } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser } from '../../../test/factories';
import { startSuite } from '../../../test/setup/suite';
import { TestApp } from '../../../test/setup/test-app';

export interface GroupWorld {
  t: TestApp;
  admin: Actor;
  facilitator: Actor;
  otherTrainer: Actor;
  member: Actor;
  colleague: Actor;
  coordinator: Actor;
  outsiderCoordinator: Actor;
  outsider: Actor;
  loner: Actor;
  orgA: string;
  orgB: string;
  orgC: string;
  group: DeveloperGroupResponse;
  /** A thread started by `as` in the group. */
  thread(as: Actor, title: string, body: string): Promise<ThreadSummary>;
}

/**
 * What the developer-group int-specs act on, on a fresh app: a group facilitated by `facilitator` (a trainer) whose
 * member is orgA (`member`, `colleague`); `coordinator` coordinates orgB (a member too with `orgBJoins`);
 * `outsiderCoordinator` and `outsider` are of orgC; `loner` has no organisation; `otherTrainer` facilitates nothing.
 */
export async function startGroupWorld(options: { orgBJoins?: boolean } = {}): Promise<GroupWorld> {
  const { t, admin } = await startSuite();
  const orgA = (await createOrganization(t, admin, { name: 'Espoon kaupunki' })).id;
  const orgB = (await createOrganization(t, admin, { name: 'Vantaan kaupunki' })).id;
  const orgC = (await createOrganization(t, admin, { name: 'Turun kaupunki' })).id;
  const facilitator = await createUser(t, admin, { roles: ['trainer'], fullName: 'Fasilitaattori Fanni' });
  const coordinatorRoles: ('participant' | 'coordinator')[] = ['participant', 'coordinator'];
  const world = {
    t,
    admin,
    facilitator,
    otherTrainer: await createUser(t, admin, { roles: ['trainer'] }),
    member: await createUser(t, admin, { organizationId: orgA, fullName: 'Jäsen Jaana' }),
    colleague: await createUser(t, admin, { organizationId: orgA, fullName: 'Kollega Kalle' }),
    coordinator: await createUser(t, admin, { roles: coordinatorRoles, organizationId: orgB }),
    outsiderCoordinator: await createUser(t, admin, { roles: coordinatorRoles, organizationId: orgC }),
    outsider: await createUser(t, admin, { organizationId: orgC }),
    loner: await createUser(t, admin, { roles: coordinatorRoles }),
    orgA,
    orgB,
    orgC,
  };
  const group = (
    await t.http
      .post('/api/developer-groups')
      .set(auth(admin))
      .send({
        name: '  Päästöttömät työmaat  ',
        theme: 'päästöttömät työmaat',
        description: 'Rakennuttajat jakavat kokemuksia päästöttömistä työmaista.',
        language: 'fi',
        facilitatorIds: [facilitator.id],
      })
      .expect(201)
  ).body as DeveloperGroupResponse;
  for (const organizationId of options.orgBJoins ? [orgA, orgB] : [orgA]) {
    await t.http
      .post(`/api/developer-groups/${group.id}/members`)
      .set(auth(facilitator))
      .send({ organizationId })
      .expect(201);
  }
  const thread = async (as: Actor, title: string, body: string) =>
    (
      await t.http
        .post(`/api/developer-groups/${group.id}/threads`)
        .set(auth(as))
        .send({ title, body })
        .expect(201)
    ).body as ThreadSummary;
  return { ...world, group, thread };
}
