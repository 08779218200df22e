import { addressAt, registerAndSignIn } from '../../../test/factories/memberships';
import { Actor, auth, createOrganization, createUser } from '../../../test/factories';
import { startSuite } from '../../../test/setup/suite';
import { TestApp } from '../../../test/setup/test-app';

/** Two ways of joining at the same moment: each takes the person's row before their requests, so neither deadlocks. */
describe('membership decided while the person joins elsewhere', () => {
  let t: TestApp;
  let admin: Actor;
  let orgA: string;
  let orgB: string;
  let coordinatorA: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    orgA = (await createOrganization(t, admin)).id;
    orgB = (await createOrganization(t, admin)).id;
    coordinatorA = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgA,
    });
  });
  afterAll(() => t.close());

  it('decides without a deadlock while the person joins another organisation at the same moment', async () => {
    const person = await registerAndSignIn(t, addressAt('gmail.example'), { organizationId: orgA });
    const waiting = await t.http.get('/api/membership-requests/mine').set(auth(person)).expect(200);
    // What accepting an invitation of B does: the person's row first, then their pending request.
    const joining = t.db.createQueryRunner();
    await joining.connect();
    try {
      await joining.startTransaction();
      await joining.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [person.id]);
      const deciding = t.http
        .patch(`/api/membership-requests/${waiting.body.id}`)
        .set(auth(coordinatorA))
        .send({ status: 'approved' })
        .then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await joining.query(`UPDATE users SET organization_id = $2 WHERE id = $1`, [person.id, orgB]);
      await joining.query(`DELETE FROM membership_requests WHERE user_id = $1 AND status = 'pending'`, [
        person.id,
      ]);
      await joining.commitTransaction();
      const decided = await deciding;
      // The request went with the join: nothing is left to decide (never a 500 from a deadlock).
      expect(decided.status).toBe(404);
    } finally {
      if (joining.isTransactionActive) await joining.rollbackTransaction();
      await joining.release();
    }
    const me = await t.http.get('/api/auth/me').set(auth(person)).expect(200);
    expect(me.body).toMatchObject({ organizationId: orgB });
  });
});
