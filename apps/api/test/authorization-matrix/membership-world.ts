import { randomUUID } from 'node:crypto';

import { Actor, auth, signIn } from '../factories';
import { emailedToken, PASSWORD } from '../factories/memberships';
import { TestApp } from '../setup/test-app';

/** What the membership rows act on; see `World.memberships`. */
export interface MembershipWorld {
  /** orgA's verified email domain. */
  orgADomain: string;
  /** `pendingMember`'s request, waiting on orgA. */
  request: string;
  /** A request waiting on orgB. */
  orgBRequest: string;
  /** An open invitation of orgA to `otherTrainer`'s address, and its emailed token. */
  invitation: { id: string; token: string };
  /** An open invitation of orgB. */
  orgBInvitation: string;
  /** A new open invitation of orgA, for rows that revoke one. */
  freshInvitation(): Promise<string>;
  /** A new person's request waiting on orgA, for rows that decide one. */
  freshRequest(): Promise<string>;
  /** A member of orgA enrolled nowhere: a colleague to enrol. */
  newcomer: string;
}

const address = (name: string, domain = 'keino.example') => `${name}-${randomUUID().slice(0, 8)}@${domain}`;

/**
 * People who claim orgA without proof, holding the coordinator role too (so a rule that trusts the role alone would
 * open): `unverifiedMember` registered with an address at orgA's verified domain and never proved it;
 * `pendingMember` named orgA at registration, which filed a request nobody decided.
 */
export async function claimants(
  t: TestApp,
  admin: Actor,
  orgA: string,
): Promise<{ orgADomain: string; unverifiedMember: Actor; pendingMember: Actor }> {
  const orgADomain = `orga-${randomUUID().slice(0, 8)}.fi`;
  await t.http
    .put(`/api/organizations/${orgA}/email-domains`)
    .set(auth(admin))
    .send({ domains: [orgADomain] })
    .expect(200);
  const claim = async (email: string) => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email, password: PASSWORD, fullName: 'Väittää Jäsenyyttä', organizationId: orgA })
      .expect(201);
    await t.http
      .patch(`/api/users/${res.body.id}`)
      .set(auth(admin))
      .send({ roles: ['participant', 'coordinator'] })
      .expect(200);
    return signIn(t, email, PASSWORD);
  };
  return {
    orgADomain,
    unverifiedMember: await claim(address('vahvistamaton', orgADomain)),
    pendingMember: await claim(address('odottava')),
  };
}

async function requestOn(t: TestApp, admin: Actor, organizationId: string, userId?: string): Promise<string> {
  let id = userId;
  if (!id) {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: address('pyytaja'), password: PASSWORD, fullName: 'Pyytäjä', organizationId })
      .expect(201);
    id = res.body.id as string;
  }
  const list = await t.http
    .get(`/api/organizations/${organizationId}/membership-requests?limit=200`)
    .set(auth(admin))
    .expect(200);
  const request =
    (list.body.items as { id: string; user: { id: string } }[]).find((r) => r.user.id === id)?.id ?? '';
  // Its coordinators' notifications are written after the answer: wait for them, so no row sees them land later.
  const coordinators = await t.db.query(
    `SELECT count(*)::int AS n FROM users WHERE organization_id = $1 AND 'coordinator' = ANY(roles)`,
    [organizationId],
  );
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE payload->>'requestId' = $1`,
      [request],
    );
    if (n >= coordinators[0].n) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return request;
}

const invite = async (t: TestApp, admin: Actor, organizationId: string, email = address('kutsuttu')) =>
  (
    await t.http
      .post(`/api/organizations/${organizationId}/invitations`)
      .set(auth(admin))
      .send({ email })
      .expect(201)
  ).body.id as string;

export async function membershipWorld(
  t: TestApp,
  admin: Actor,
  people: {
    orgA: string;
    orgB: string;
    orgADomain: string;
    pendingMember: Actor;
    otherTrainer: Actor;
    newcomer: string;
  },
): Promise<MembershipWorld> {
  const { orgA, orgB } = people;
  const invitation = await invite(t, admin, orgA, people.otherTrainer.email);
  return {
    orgADomain: people.orgADomain,
    request: await requestOn(t, admin, orgA, people.pendingMember.id),
    orgBRequest: await requestOn(t, admin, orgB),
    invitation: {
      id: invitation,
      token: await emailedToken(t, admin, people.otherTrainer.email, 'invitations/accept'),
    },
    orgBInvitation: await invite(t, admin, orgB),
    freshInvitation: () => invite(t, admin, orgA),
    freshRequest: () => requestOn(t, admin, orgA),
    newcomer: people.newcomer,
  };
}
