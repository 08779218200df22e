import { randomUUID } from 'node:crypto';
import type {
  IdentityProviderResponse,
  LoginResponse,
  OrganizationResponse,
  UserResponse,
} from '@keino/contracts';

import { startTestProvider, type TestProvider } from '@keino/testing';
import type { Page } from 'playwright-core';

import { axeViolations, baseUrl, DEMO_ACCOUNTS, DEMO_PASSWORD, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

async function api<T>(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** A fresh access token of the page's session, from the refresh-token cookie the sign-in set (no script reads it). */
const accessTokenOf = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const res = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!res.ok) throw new Error(`refresh: ${res.status}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  });

// Turku's own identity provider (a real OpenID provider the spec starts) signs in a new person, who lands in the
// academy signed in as a verified member of Turku.
describe('signing in through an organisation’s own identity provider', () => {
  let idp: TestProvider;
  let admin: string;
  let turku: OrganizationResponse;
  let provider: IdentityProviderResponse;
  // A domain of this run's own, so a run against the same database meets no earlier one.
  const domain = `sso-${randomUUID().slice(0, 8)}.example`;

  beforeAll(async () => {
    const port = new URL(baseUrl()).port;
    idp = await startTestProvider({
      redirectUris: [`${baseUrl()}/api/auth/sso/callback`, `http://localhost:${port}/api/auth/sso/callback`],
    });
    idp.people.set('aino', {
      sub: `aino-${domain}`,
      email: `aino@${domain}`,
      email_verified: true,
      name: 'Aino Aalto',
    });
    admin = (
      await api<LoginResponse>('/auth/login', {
        body: { email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD },
      })
    ).accessToken;
    const found = await api<{ items: OrganizationResponse[] }>('/organizations?q=Turun', { token: admin });
    const match = found.items.find((o) => o.name === 'Turun kaupunki');
    if (!match) throw new Error('The demo data has no Turun kaupunki');
    turku = match;
    provider = await api<IdentityProviderResponse>(`/organizations/${turku.id}/identity-providers`, {
      token: admin,
      body: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        emailDomains: [domain],
      },
    });
  });
  afterAll(async () => {
    if (provider) await api(`/identity-providers/${provider.id}`, { method: 'DELETE', token: admin });
    await idp?.close();
  });

  it('signs a new person in through the provider, as a verified member of the organisation', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, at: '/sign-in' });
    await page.getByRole('button', { name: 'Käytä organisaatiosi kirjautumista' }).click();
    await page.getByLabel('Työsähköposti').fill(`aino@${domain}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Jatka' }).click();

    // The provider's own sign-in page.
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/interaction/`));
    await page.fill('input[name=login]', 'aino');
    await page.fill('input[name=password]', 'mikä tahansa');
    await page.click('button[type=submit]');

    // Back through the callback and the one-time code to the academy, signed in.
    await page.waitForURL(`${baseUrl()}/learning`);
    await page.getByText('Aino Aalto').first().waitFor();
    const me = await api<UserResponse>('/auth/me', { token: await accessTokenOf(page) });
    expect(me).toMatchObject({
      email: `aino@${domain}`,
      fullName: 'Aino Aalto',
      organizationId: turku.id,
      emailVerified: true,
      roles: ['participant'],
    });
    // The history holds the used one-time code at most, never a token.
    expect(await page.evaluate(() => location.href)).not.toMatch(/eyJ/);
  });

  it('says why a sign-in stopped, and that a used code is no longer valid (accessible pages)', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, at: '/sign-in?ssoError=SSO_DOMAIN_NOT_ALLOWED' });
    await page.getByRole('alert').filter({ hasText: 'ei kuulu organisaatiosi verkkotunnuksiin' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/sign-in/sso?code=${'x'.repeat(43)}`);
    await page.getByRole('alert').filter({ hasText: 'vanhentunut tai jo käytetty' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the provider on the organisation’s admin page, without its secret', async () => {
    const { page } = await chrome.newPage({
      ...FINNISH,
      as: 'admin',
      at: `/admin/organizations/${turku.id}`,
    });
    await page.getByRole('heading', { level: 2, name: /OpenID Connect/ }).waitFor();
    await page.getByText(idp.issuer).waitFor();
    expect(await page.content()).not.toContain(idp.clientSecret);
    expect(await axeViolations(page)).toEqual([]);
  });
});
