import { randomUUID } from 'node:crypto';
import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();
const PASSWORD = 'istuntojen salasana 2026';

async function api(path: string, init: { body?: unknown; cookie?: string; userAgent?: string } = {}) {
  return fetch(`${baseUrl()}/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.cookie ? { cookie: `keino_refresh=${init.cookie}` } : {}),
      ...(init.userAgent ? { 'user-agent': init.userAgent } : {}),
    },
    body: JSON.stringify(init.body ?? {}),
  });
}

/** The session cookie the browser holds now (HttpOnly: the page's scripts cannot read it, the test can). */
async function sessionCookie(context: BrowserContext): Promise<string | undefined> {
  const cookies = await context.cookies(`${baseUrl()}/api/auth/refresh`);
  return cookies.find((c) => c.name === 'keino_refresh')?.value;
}

// Someone new, so that ending their sessions touches no other spec's demo accounts.
describe('sessions in the browser', () => {
  let context: BrowserContext;
  let first: Page;
  const email = `istunnot-${randomUUID()}@keino.example`;

  beforeAll(async () => {
    const registered = await api('/auth/register', {
      body: { email, password: PASSWORD, fullName: 'Iines Istunto', locale: 'fi' },
    });
    if (registered.status !== 201)
      throw new Error(`register: ${registered.status} ${await registered.text()}`);
    context = await chrome.newContext({ ...FINNISH, viewport: { width: 1280, height: 900 }, keep: true });
    first = await context.newPage();
  });
  afterAll(() => context.close());

  it('shares the session between two tabs: signed in in one, the other is signed in on load', async () => {
    await first.goto(`${baseUrl()}/sign-in`);
    await first.getByLabel('Sähköposti', { exact: true }).fill(email);
    await first.getByLabel('Salasana').fill(PASSWORD);
    await first.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await first.waitForURL(`${baseUrl()}/learning`);
    // The refresh token is an HttpOnly cookie; no storage a script reads holds a token.
    expect(await sessionCookie(context)).toMatch(/^[\w-]{43}$/);
    const stored = await first.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ|keino_refresh/);

    const second = await context.newPage();
    await second.goto(`${baseUrl()}/profile`);
    await second.getByRole('heading', { level: 1, name: 'Omat tiedot' }).waitFor();
    await second.getByText(email).first().waitFor();
    // And after a reload of the first.
    await first.reload();
    await first.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    await second.close();
  });

  it('lists the person’s devices on the profile page and signs another one out', async () => {
    // The same person on another device, through the API.
    const phone = await api('/auth/login', {
      body: { email, password: PASSWORD },
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1',
    });
    const phoneRefresh = ((await phone.json()) as { refreshToken: string }).refreshToken;
    await first.goto(`${baseUrl()}/profile`);
    const list = first.getByRole('list', { name: 'Kirjautumiset' });
    await list.getByText('Safari on iPhone').waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Tämä laite' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);
    expect(await axeViolations(first)).toEqual([]);

    await first.getByRole('button', { name: 'Kirjaa ulos: Safari on iPhone' }).click();
    await first.getByRole('status').filter({ hasText: 'Safari on iPhone on kirjattu ulos.' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Tämä laite' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    expect(await first.evaluate(() => document.activeElement?.id)).toBe('sessions-heading');
    // The phone's session is over; this device carried on (its page refreshed its token silently).
    expect((await api('/auth/refresh', { body: { refreshToken: phoneRefresh } })).status).toBe(401);
    expect(await axeViolations(first)).toEqual([]);
  });

  it('signs out on the server: the old cookie no longer refreshes, and every tab is signed out', async () => {
    const other = await context.newPage();
    await other.goto(`${baseUrl()}/learning`);
    await other.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    const cookie = await sessionCookie(context);
    expect(cookie).toBeDefined();

    await first.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await first.getByRole('link', { name: 'Kirjaudu', exact: true }).waitFor();
    expect(await sessionCookie(context)).toBeUndefined();
    expect((await api('/auth/refresh', { cookie })).status).toBe(401);
    // The other tab hears of it at once, and a new one starts signed out.
    await other.getByRole('link', { name: 'Kirjaudu', exact: true }).waitFor();
    const third = await context.newPage();
    await third.goto(`${baseUrl()}/learning`);
    await third.waitForURL(/\/sign-in\?returnUrl=%2Flearning/);
  });
});
