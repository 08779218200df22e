import {
  addressAt,
  emailedToken,
  emailsTo,
  freshDomain,
  organizationWithDomain,
  PASSWORD,
  registerAndSignIn,
} from '../../../test/factories/memberships';
import { Actor, auth, createOrganization, createUser, signIn } from '../../../test/factories';
import { startSuite } from '../../../test/setup/suite';
import { TestApp } from '../../../test/setup/test-app';

describe('proved membership: each way of joining an organisation', () => {
  let t: TestApp;
  let admin: Actor;
  let orgA: string;
  let orgB: string;
  let domainA: string;
  let coordinatorA: Actor;
  let coordinatorB: Actor;

  const me = async (who: Actor) => (await t.http.get('/api/auth/me').set(auth(who)).expect(200)).body;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    domainA = freshDomain();
    orgA = (await organizationWithDomain(t, admin, domainA)).id;
    orgB = (await createOrganization(t, admin)).id;
    coordinatorA = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgA,
    });
    coordinatorB = await createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: orgB,
    });
  });
  afterAll(() => t.close());

  describe('a verified email domain', () => {
    it('lists the domains to the coordinators and admins, refuses a domain another organisation has', async () => {
      const list = await t.http
        .get(`/api/organizations/${orgA}/email-domains`)
        .set(auth(coordinatorA))
        .expect(200);
      expect(list.body).toEqual({ items: [{ domain: domainA, createdAt: expect.any(String) }], total: 1 });
      await t.http.get(`/api/organizations/${orgA}/email-domains`).set(auth(coordinatorB)).expect(404);
      const taken = await t.http
        .put(`/api/organizations/${orgB}/email-domains`)
        .set(auth(admin))
        .send({ domains: ['muu.fi', domainA] })
        .expect(409);
      expect(taken.body.code).toBe('DOMAIN_TAKEN');
      // Nothing of the refused list was kept.
      const b = await t.http.get(`/api/organizations/${orgB}/email-domains`).set(auth(admin)).expect(200);
      expect(b.body.total).toBe(0);
      await t.http
        .put(`/api/organizations/${orgB}/email-domains`)
        .set(auth(admin))
        .send({ domains: ['Iso.FI'] })
        .expect(400);
    });

    it('joins the person when they prove the address, not before', async () => {
      const email = addressAt(domainA);
      const person = await registerAndSignIn(t, email, { organizationId: orgA });
      expect(person.user).toMatchObject({
        organizationId: null,
        emailVerified: false,
        pendingOrganizationId: null,
      });
      const token = await emailedToken(t, admin, email, 'verify-email');
      const verified = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(verified.body).toMatchObject({ id: person.id, organizationId: orgA, emailVerified: true });
    });

    it('joins whoever proves an address at the domain, even without naming the organisation', async () => {
      const email = addressAt(domainA.toUpperCase());
      const person = await registerAndSignIn(t, email);
      const token = await emailedToken(t, admin, email, 'verify-email');
      await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(await me(person)).toMatchObject({ organizationId: orgA, emailVerified: true });
    });
  });

  describe('an invitation', () => {
    const invite = (by: Actor, org: string, email: string) =>
      t.http.post(`/api/organizations/${org}/invitations`).set(auth(by)).send({ email });

    it('makes a person who registers with its token a member at once, their email verified', async () => {
      const email = addressAt('gmail.example');
      const created = await invite(coordinatorA, orgA, email).expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        organizationId: orgA,
        email,
        invitedBy: { id: coordinatorA.id, fullName: expect.any(String) },
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
        acceptedAt: null,
      });
      const days = (Date.parse(created.body.expiresAt) - Date.parse(created.body.createdAt)) / 86_400_000;
      expect(days).toBeCloseTo(14, 3);
      const token = await emailedToken(t, admin, email, 'invitations/accept');
      const looked = await t.http.post('/api/invitations/lookup').send({ token }).expect(200);
      expect(looked.body).toEqual({ organizationId: orgA, organizationName: expect.any(String), email });
      const person = await registerAndSignIn(t, email, { invitationToken: token });
      expect(person.user).toMatchObject({ organizationId: orgA, emailVerified: true });
      // No verification link: the invitation proved the address.
      expect((await emailsTo(t, admin, email)).some((m) => m.body.includes('/verify-email?'))).toBe(false);
      await t.http.post('/api/invitations/lookup').send({ token }).expect(400);
      const open = await t.http
        .get(`/api/organizations/${orgA}/invitations`)
        .set(auth(coordinatorA))
        .expect(200);
      expect(open.body.items.map((i: { email: string }) => i.email)).not.toContain(email);
    });

    it('is accepted by the invited person signed in; another address is refused, a used link is invalid', async () => {
      const email = addressAt('gmail.example');
      const invited = await registerAndSignIn(t, email);
      const stranger = await registerAndSignIn(t, addressAt('gmail.example'));
      await invite(admin, orgB, email).expect(201);
      const token = await emailedToken(t, admin, email, 'invitations/accept');
      const wrong = await t.http
        .post('/api/invitations/accept')
        .set(auth(stranger))
        .send({ token })
        .expect(403);
      expect(wrong.body.code).toBe('INVITATION_FOR_ANOTHER_EMAIL');
      expect(await me(stranger)).toMatchObject({ organizationId: null });
      const accepted = await t.http
        .post('/api/invitations/accept')
        .set(auth(invited))
        .send({ token })
        .expect(200);
      expect(accepted.body).toMatchObject({ id: invited.id, organizationId: orgB, emailVerified: true });
      const again = await t.http
        .post('/api/invitations/accept')
        .set(auth(invited))
        .send({ token })
        .expect(400);
      expect(again.body.code).toBe('INVALID_LINK');
    });

    it('refuses an expired or revoked link, a second open invitation and an address already a member', async () => {
      const email = addressAt('gmail.example');
      const person = await registerAndSignIn(t, email);
      const first = await invite(coordinatorA, orgA, email).expect(201);
      expect((await invite(coordinatorA, orgA, email.toUpperCase()).expect(409)).body.code).toBe(
        'INVITATION_EXISTS',
      );
      const expiredToken = await emailedToken(t, admin, email, 'invitations/accept');
      await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        first.body.id,
      ]);
      const expired = await t.http
        .post('/api/invitations/accept')
        .set(auth(person))
        .send({ token: expiredToken });
      expect({ status: expired.status, code: expired.body.code }).toEqual({
        status: 400,
        code: 'INVALID_LINK',
      });
      // An expired invitation does not stand in the way of a new one; a revoked one stops working.
      const second = await invite(coordinatorA, orgA, email).expect(201);
      const revokedToken = await emailedToken(t, admin, email, 'invitations/accept');
      expect(revokedToken).not.toBe(expiredToken);
      await t.http.delete(`/api/invitations/${second.body.id}`).set(auth(coordinatorB)).expect(404);
      await t.http.delete(`/api/invitations/${second.body.id}`).set(auth(coordinatorA)).expect(204);
      await t.http
        .post('/api/invitations/accept')
        .set(auth(person))
        .send({ token: revokedToken })
        .expect(400);
      await t.http.post('/api/invitations/lookup').send({ token: revokedToken }).expect(400);
      expect(await me(person)).toMatchObject({ organizationId: null });
      const member = await createUser(t, admin, { organizationId: orgA });
      expect((await invite(coordinatorA, orgA, member.email).expect(409)).body.code).toBe('ALREADY_MEMBER');
      await invite(coordinatorB, orgA, addressAt('gmail.example')).expect(404);
    });

    it('does not let a member of another organisation accept', async () => {
      const member = await createUser(t, admin, { organizationId: orgB });
      await invite(coordinatorA, orgA, member.email).expect(201);
      const token = await emailedToken(t, admin, member.email, 'invitations/accept');
      const res = await t.http.post('/api/invitations/accept').set(auth(member)).send({ token }).expect(409);
      expect(res.body.code).toBe('MEMBER_OF_ANOTHER_ORGANIZATION');
      expect(await me(member)).toMatchObject({ organizationId: orgB });
    });

    it('registers with a token for another address as anyone: no membership', async () => {
      await invite(coordinatorA, orgA, addressAt('gmail.example', 'kutsuttu')).expect(201);
      const list = await t.http.get(`/api/organizations/${orgA}/invitations`).set(auth(admin)).expect(200);
      const address = list.body.items.find((i: { email: string }) => i.email.startsWith('kutsuttu.')).email;
      const token = await emailedToken(t, admin, address, 'invitations/accept');
      const other = await registerAndSignIn(t, addressAt('gmail.example'), { invitationToken: token });
      expect(other.user).toMatchObject({ organizationId: null, emailVerified: false });
    });
  });

  describe('a membership request', () => {
    it('is filed by registering with an organisation, and approved by its coordinator (audited)', async () => {
      const person = await registerAndSignIn(t, addressAt('gmail.example'), { organizationId: orgA });
      expect(person.user).toMatchObject({ organizationId: null, pendingOrganizationId: orgA });
      const pending = await t.http
        .get(`/api/organizations/${orgA}/membership-requests`)
        .set(auth(coordinatorA))
        .expect(200);
      const request = pending.body.items.find((r: { user: { id: string } }) => r.user.id === person.id);
      expect(request).toEqual({
        id: expect.any(String),
        organizationId: orgA,
        user: { id: person.id, fullName: 'Testi Henkilö', email: person.email, emailVerified: false },
        status: 'pending',
        createdAt: expect.any(String),
        decidedAt: null,
        decidedBy: null,
      });
      await t.http.get(`/api/organizations/${orgA}/membership-requests`).set(auth(coordinatorB)).expect(404);
      await t.http
        .patch(`/api/membership-requests/${request.id}`)
        .set(auth(coordinatorB))
        .send({ status: 'approved' })
        .expect(404);
      const approved = await t.http
        .patch(`/api/membership-requests/${request.id}`)
        .set(auth(coordinatorA))
        .send({ status: 'approved' })
        .expect(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        decidedAt: expect.any(String),
        decidedBy: { id: coordinatorA.id },
      });
      expect(await me(person)).toMatchObject({ organizationId: orgA, pendingOrganizationId: null });
      const again = await t.http
        .patch(`/api/membership-requests/${request.id}`)
        .set(auth(admin))
        .send({ status: 'rejected' })
        .expect(409);
      expect(again.body.code).toBe('REQUEST_DECIDED');
      const audit = await t.http
        .get(`/api/audit-events?action=user.membership_approved&subjectId=${person.id}`)
        .set(auth(admin))
        .expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          actorId: coordinatorA.id,
          details: { organizationId: orgA, requestId: request.id },
        }),
      ]);
    });

    it('tells the organisation’s coordinators in the app', async () => {
      const person = await registerAndSignIn(t, addressAt('gmail.example'));
      const filed = await t.http
        .post('/api/membership-requests')
        .set(auth(person))
        .send({ organizationId: orgB })
        .expect(201);
      let found: { kind: string; payload: Record<string, unknown> } | undefined;
      for (let i = 0; i < 100 && !found; i++) {
        const mine = await t.http.get('/api/me/notifications').set(auth(coordinatorB)).expect(200);
        found = mine.body.items.find(
          (n: { kind: string; payload: { requestId?: string } }) =>
            n.kind === 'membership_requested' && n.payload.requestId === filed.body.id,
        );
        if (!found) await new Promise((r) => setTimeout(r, 30));
      }
      expect(found?.payload).toEqual({
        requestId: filed.body.id,
        organizationId: orgB,
        organizationName: expect.any(String),
        requesterName: 'Testi Henkilö',
      });
      const others = await t.http.get('/api/me/notifications').set(auth(coordinatorA)).expect(200);
      const about = (n: { payload: { requestId?: string } }) => n.payload.requestId === filed.body.id;
      expect(others.body.items.some(about)).toBe(false);
    });

    it('leaves a rejected person without the organisation, and lets them ask once at a time', async () => {
      const person = await registerAndSignIn(t, addressAt('gmail.example'));
      const filed = await t.http
        .post('/api/membership-requests')
        .set(auth(person))
        .send({ organizationId: orgA })
        .expect(201);
      const twice = await t.http
        .post('/api/membership-requests')
        .set(auth(person))
        .send({ organizationId: orgB });
      expect({ status: twice.status, code: twice.body.code }).toEqual({
        status: 409,
        code: 'MEMBERSHIP_REQUEST_EXISTS',
      });
      await t.http
        .patch(`/api/membership-requests/${filed.body.id}`)
        .set(auth(admin))
        .send({ status: 'rejected' })
        .expect(200);
      expect(await me(person)).toMatchObject({ organizationId: null, pendingOrganizationId: null });
      const rejected = await t.http
        .get(`/api/organizations/${orgA}/membership-requests?status=rejected`)
        .set(auth(coordinatorA))
        .expect(200);
      expect(rejected.body.items.map((r: { id: string }) => r.id)).toContain(filed.body.id);
      await t.http.delete(`/api/membership-requests/${filed.body.id}`).set(auth(person)).expect(409);
      // Withdrawn by the requester (only): a new one may follow.
      const next = await t.http
        .post('/api/membership-requests')
        .set(auth(person))
        .send({ organizationId: orgB })
        .expect(201);
      // Any tab finds its own waiting request again (the withdraw button needs its id); a colleague's is not theirs.
      const mine = await t.http.get('/api/membership-requests/mine').set(auth(person)).expect(200);
      expect(mine.body).toMatchObject({ id: next.body.id, organizationId: orgB, status: 'pending' });
      await t.http.get('/api/membership-requests/mine').set(auth(coordinatorB)).expect(404);
      await t.http.delete(`/api/membership-requests/${next.body.id}`).set(auth(coordinatorB)).expect(404);
      await t.http.delete(`/api/membership-requests/${next.body.id}`).set(auth(person)).expect(204);
      expect(await me(person)).toMatchObject({ pendingOrganizationId: null });
      await t.http.get('/api/membership-requests/mine').set(auth(person)).expect(404);
    });

    it('refuses a member, and an unknown organisation', async () => {
      const member = await createUser(t, admin, { organizationId: orgA });
      const res = await t.http
        .post('/api/membership-requests')
        .set(auth(member))
        .send({ organizationId: orgB });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ALREADY_MEMBER' });
      const person = await registerAndSignIn(t, addressAt('gmail.example'));
      const unknown = await t.http
        .post('/api/membership-requests')
        .set(auth(person))
        .send({ organizationId: '00000000-0000-4000-8000-000000000000' });
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({
        status: 400,
        code: 'ORGANIZATION_NOT_FOUND',
      });
    });
  });

  it('an admin’s PATCH makes a person a member, and settles the request that waited', async () => {
    const person = await registerAndSignIn(t, addressAt('gmail.example'), { organizationId: orgB });
    const waiting = await t.http.get('/api/membership-requests/mine').set(auth(person)).expect(200);
    await t.http.patch(`/api/users/${person.id}`).set(auth(admin)).send({ organizationId: orgB }).expect(200);
    const again = await signIn(t, person.email, PASSWORD);
    expect(await me(again)).toMatchObject({ organizationId: orgB, pendingOrganizationId: null });
    const approved = await t.http
      .get(`/api/organizations/${orgB}/membership-requests?status=approved`)
      .set(auth(admin))
      .expect(200);
    expect(approved.body.items.map((r: { id: string }) => r.id)).toContain(waiting.body.id);
    const pending = await t.http
      .get(`/api/organizations/${orgB}/membership-requests`)
      .set(auth(admin))
      .expect(200);
    expect(pending.body.items.map((r: { id: string }) => r.id)).not.toContain(waiting.body.id);
  });

  it('exports a person’s requests, and erasing them removes requests and links', async () => {
    const person = await registerAndSignIn(t, addressAt('gmail.example'), { organizationId: orgB });
    const data = await t.http.get('/api/auth/me/data').set(auth(person)).expect(200);
    expect(data.body.membershipRequests).toEqual([
      { organizationId: orgB, status: 'pending', createdAt: expect.any(String), decidedAt: null },
    ]);
    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);
    const [left] = await t.db.query(
      `SELECT (SELECT count(*) FROM membership_requests WHERE user_id = $1)::int AS requests,
              (SELECT count(*) FROM email_links WHERE user_id = $1)::int AS links`,
      [person.id],
    );
    expect(left).toEqual({ requests: 0, links: 0 });
  });
});
