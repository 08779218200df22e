import { createHash, randomBytes } from 'node:crypto';

import { Actor, createOrganization } from '../../test/factories';
import {
  followCallback,
  registerProvider,
  SSO_CALLBACK,
  SSO_PUBLIC_URL,
  ssoErrorOf,
  startSignIn,
} from '../../test/oidc/sso-flow';
import { startTestProvider, TestProvider } from '@keino/testing';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

/**
 * What the callback refuses. Each case changes one thing in an otherwise good sign-in, so the check it names is the
 * only one that can stop it (the good sign-in is the first case).
 */
describe('single sign-on refuses', () => {
  let t: TestApp;
  let admin: Actor;
  let idp: TestProvider;
  let providerId: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite({ env: { PUBLIC_URL: SSO_PUBLIC_URL } }));
    idp = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    const organization = await createOrganization(t, admin);
    providerId = (await registerProvider(t, admin, idp, organization.id, ['joensuu.fi'])).id;
    idp.people.set('pekka', {
      sub: 'pekka-1',
      email: 'pekka@joensuu.fi',
      email_verified: true,
      name: 'Pekka',
    });
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  /** Starts a sign-in, lets `change` alter the authorisation URL, and signs in at the provider as pekka. */
  async function atProvider(change: (url: URL) => void = () => undefined) {
    const started = await startSignIn(t, providerId);
    const url = new URL(started.location);
    change(url);
    return { ...started, url, back: await idp.signIn(url.href, 'pekka') };
  }

  it('nothing in a good sign-in (the case each of the others changes)', async () => {
    const { back, cookie } = await atProvider();
    expect((await followCallback(t, back, cookie)).searchParams.get('code')).toMatch(/^[\w-]{43}$/);
  });

  it('a replayed state, even with a fresh code the provider gave for it', async () => {
    const { url, back, cookie } = await atProvider();
    // The same authorisation request again: the provider answers a second, valid code for the same state.
    const again = await idp.signIn(url.href, 'pekka');
    expect(again.searchParams.get('state')).toBe(back.searchParams.get('state'));
    expect(again.searchParams.get('code')).not.toBe(back.searchParams.get('code'));
    expect((await followCallback(t, back, cookie)).searchParams.get('code')).toBeTruthy();
    expect(ssoErrorOf(await followCallback(t, again, cookie))).toBe('SSO_EXPIRED');
    expect(ssoErrorOf(await followCallback(t, back, cookie))).toBe('SSO_EXPIRED');
  });

  it('a callback in another browser (login CSRF), which leaves the sign-in to the browser that started it', async () => {
    const { back, cookie } = await atProvider();
    const other = await startSignIn(t, providerId);
    expect(other.cookie).not.toBe(cookie);
    expect(ssoErrorOf(await followCallback(t, back, ''))).toBe('SSO_EXPIRED');
    expect(ssoErrorOf(await followCallback(t, back, other.cookie))).toBe('SSO_EXPIRED');
    expect((await followCallback(t, back, cookie)).searchParams.get('code')).toBeTruthy();
  });

  it('a sign-in started more than ten minutes ago', async () => {
    const { back, cookie } = await atProvider();
    await t.db.query(
      `UPDATE sso_pending_logins SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    expect(ssoErrorOf(await followCallback(t, back, cookie))).toBe('SSO_EXPIRED');
  });

  it('an ID token with another nonce than the sign-in’s', async () => {
    const { back, cookie } = await atProvider((url) => url.searchParams.set('nonce', 'n'.repeat(43)));
    expect(ssoErrorOf(await followCallback(t, back, cookie))).toBe('SSO_FAILED');
  });

  it('a code issued for another PKCE challenge (the verifier kept server-side does not match)', async () => {
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const { back, cookie } = await atProvider((url) => url.searchParams.set('code_challenge', challenge));
    expect(ssoErrorOf(await followCallback(t, back, cookie))).toBe('SSO_FAILED');
  });

  it('a code from a second provider answering for this one (mix-up: its issuer is not the configured one)', async () => {
    const second = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    try {
      second.people.set('pekka', { sub: 'pekka-1', email: 'pekka@joensuu.fi', email_verified: true });
      const started = await startSignIn(t, providerId);
      // The second provider is sent this sign-in's own state, nonce and challenge, for its own client.
      const forged = new URL(started.location.replace(idp.issuer, second.issuer));
      forged.searchParams.set('client_id', second.clientId);
      const back = await second.signIn(forged.href, 'pekka');
      expect(back.searchParams.get('iss')).toBe(second.issuer);
      expect(ssoErrorOf(await followCallback(t, back, started.cookie))).toBe('SSO_FAILED');
    } finally {
      await second.close();
    }
  });

  it('an ID token whose issuer is not the configured one, from a provider standing in at its address', async () => {
    const first = await startTestProvider({ redirectUris: [SSO_CALLBACK] });
    const organization = await createOrganization(t, admin);
    const id = (await registerProvider(t, admin, first, organization.id, ['kitee.fi'])).id;
    // The sign-in starts while the configured provider answers (its discovery document is read and kept).
    const started = await startSignIn(t, id);
    await first.close();
    // Another provider takes its address, with its keys and client, but names itself another issuer.
    const standIn = await startTestProvider({
      redirectUris: [SSO_CALLBACK],
      port: first.port,
      issuer: (port) => `http://localhost:${port}`,
      keys: first.keys,
      client: { id: first.clientId, secret: first.clientSecret },
    });
    try {
      standIn.people.set('kaisa', { sub: 'kaisa-1', email: 'kaisa@kitee.fi', email_verified: true });
      const back = await standIn.signIn(started.location, 'kaisa');
      // The response's own iss parameter is made to look right: only the ID token's issuer is left to check.
      back.searchParams.set('iss', first.issuer);
      expect(ssoErrorOf(await followCallback(t, back, started.cookie))).toBe('SSO_FAILED');
      expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'kaisa@kitee.fi'`)).toEqual([]);
    } finally {
      await standIn.close();
    }
  });

  it('a callback without a state, or with one it never issued', async () => {
    const { cookie } = await atProvider();
    const bare = new URL(SSO_CALLBACK);
    bare.search = 'code=abc';
    expect(ssoErrorOf(await followCallback(t, bare, cookie))).toBe('SSO_EXPIRED');
    bare.search = `code=abc&state=${'s'.repeat(43)}&iss=${encodeURIComponent(idp.issuer)}`;
    expect(ssoErrorOf(await followCallback(t, bare, cookie))).toBe('SSO_EXPIRED');
  });
});
