import type { IdentityProviderResponse } from '@keino/contracts';

import { Actor, auth } from '../factories';
import { TestApp } from '../setup/test-app';
import { TestProvider } from '@keino/testing';

/** The PUBLIC_URL of the single sign-on tests; the browser is sent back there (the tests follow by hand). */
export const SSO_PUBLIC_URL = 'http://127.0.0.1:9';
export const SSO_CALLBACK = `${SSO_PUBLIC_URL}/api/auth/sso/callback`;

export async function registerProvider(
  t: TestApp,
  admin: Actor,
  provider: TestProvider,
  organizationId: string,
  emailDomains: string[],
): Promise<IdentityProviderResponse> {
  const res = await t.http
    .post(`/api/organizations/${organizationId}/identity-providers`)
    .set(auth(admin))
    .send({
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      emailDomains,
    })
    .expect(201);
  return res.body;
}

/** `GET …/start`: where it sends the browser, and the binding cookie it set (or the one the browser had). */
export async function startSignIn(
  t: TestApp,
  providerId: string,
  cookie?: string,
): Promise<{ location: string; cookie: string }> {
  const res = await t.http
    .get(`/api/auth/sso/${providerId}/start`)
    .set(cookie ? { cookie } : {})
    .expect(302);
  const set = ([res.headers['set-cookie']].flat() as (string | undefined)[]).find((c) =>
    c?.startsWith('keino_sso='),
  );
  return { location: res.headers['location'] as string, cookie: set ? set.split(';')[0] : (cookie ?? '') };
}

/** The provider's redirect back, as the browser would follow it to the API; answers where the API sends it next. */
export async function followCallback(t: TestApp, back: URL, cookie: string): Promise<URL> {
  const res = await t.http
    .get(`/api/auth/sso/callback${back.search}`)
    .set(cookie ? { cookie } : {})
    .expect(302);
  return new URL(res.headers['location'] as string);
}

/** Where a finished sign-in sends the browser, and the browser's binding cookie (its code is only its own). */
export interface SsoLanding {
  url: URL;
  cookie: string;
}

/** A whole sign-in as `login` at the provider: start, the provider's login, the callback. */
export async function signInThrough(
  t: TestApp,
  provider: TestProvider,
  providerId: string,
  login: string,
): Promise<SsoLanding> {
  const started = await startSignIn(t, providerId);
  const back = await provider.signIn(started.location, login);
  return { url: await followCallback(t, back, started.cookie), cookie: started.cookie };
}

/** The `ssoError` of a redirect back to the sign-in page. */
export function ssoErrorOf(where: URL | SsoLanding): string | null {
  const url = where instanceof URL ? where : where.url;
  return url.pathname === '/sign-in' ? url.searchParams.get('ssoError') : null;
}
