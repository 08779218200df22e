import type { EmailMessageResponse, OrganizationResponse } from '@keino/contracts';

import { Actor, auth, createOrganization, signIn } from './index';
import type { TestApp } from '../setup/test-app';

export const PASSWORD = 'test password 123';

let counter = 0;
/** An address at `domain` that no other call of this process returns. */
export const addressAt = (domain: string, name = 'henkilo') =>
  `${name}.${Date.now().toString(36)}${(counter++).toString(36)}@${domain}`;

/** The emails to an address, newest first (the outbox: the tests run without a mail server). */
export async function emailsTo(t: TestApp, admin: Actor, address: string): Promise<EmailMessageResponse[]> {
  const res = await t.http
    .get(`/api/admin/outbox?q=${encodeURIComponent(address)}&limit=200`)
    .set(auth(admin))
    .expect(200);
  return (res.body.items as EmailMessageResponse[]).filter(
    (m) => m.toAddress.toLowerCase() === address.toLowerCase(),
  );
}

/**
 * The token of the newest link to `page` (`verify-email`, `reset-password`, `invitations/accept`) mailed to the
 * address; waits a little, since a reset link is written after its answer.
 */
export async function emailedToken(t: TestApp, admin: Actor, address: string, page: string): Promise<string> {
  const pattern = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`);
  for (let i = 0; i < 100; i++) {
    for (const m of await emailsTo(t, admin, address)) {
      const found = pattern.exec(m.body);
      if (found) return found[1];
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`No ${page} link was mailed to ${address}`);
}

/** Registers without any claim and signs in. */
export async function registerAndSignIn(
  t: TestApp,
  email: string,
  extra: Record<string, unknown> = {},
): Promise<Actor & { user: Record<string, unknown> }> {
  const res = await t.http
    .post('/api/auth/register')
    .send({ email, password: PASSWORD, fullName: 'Testi Henkilö', locale: 'fi', ...extra })
    .expect(201);
  return { ...(await signIn(t, email, PASSWORD)), user: res.body };
}

/** An organisation whose verified email domain is `domain`. */
export async function organizationWithDomain(
  t: TestApp,
  admin: Actor,
  domain: string,
): Promise<OrganizationResponse> {
  const org = await createOrganization(t, admin);
  await t.http
    .put(`/api/organizations/${org.id}/email-domains`)
    .set(auth(admin))
    .send({ domains: [domain] })
    .expect(200);
  return org;
}

/** A unique domain per call, so suites never share one. */
export const freshDomain = () => `kunta${Date.now().toString(36)}${(counter++).toString(36)}.fi`;
