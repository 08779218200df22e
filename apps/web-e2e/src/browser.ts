import AxeBuilder from '@axe-core/playwright';
import type { LoginResponse } from '@keino/contracts';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';

/** The production server under test, started by .ci/run (or by hand). */
export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('Set E2E_BASE_URL to the running server, e.g. http://127.0.0.1:3000');
  return url.replace(/\/$/, '');
}

/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.1 A and AA violations on the page as it is now, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** The demo data's password, and its accounts by what they do (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'KeinoDemo2026!';
export const DEMO_ACCOUNTS = {
  admin: 'admin@keino.example',
  trainer: 'trainer@keino.example',
  trainer2: 'trainer2@keino.example',
  coordinator: 'coordinator@keino.example',
  participant: 'manager@keino.example',
  agent: 'agent@keino.example',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/**
 * One Chromium for the whole file: launched in beforeAll, closed in afterAll. Call it once at the top of the file;
 * each test takes a context of its own with `newContext()` (closed after the test unless `keep` is set).
 */
export function useBrowser(): {
  readonly browser: Browser;
  newContext(options?: BrowserContextOptions & { keep?: boolean }): Promise<BrowserContext>;
  newPage(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
} {
  let browser: Browser | undefined;
  const opened: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
      return browser;
    },
    async newContext(options = {}) {
      const { keep, ...rest } = options;
      const context = await this.browser.newContext(rest);
      if (!keep) opened.push(context);
      return context;
    },
    // A context (desktop size unless told) with one page; signed in as `as` and at `at` when given.
    async newPage(options = {}) {
      const { as, at, password, ...rest } = options;
      const context = await this.newContext({ viewport: { width: 1280, height: 900 }, ...rest });
      const page = await context.newPage();
      if (as) await openAs(page, as, at, password);
      else if (at) await page.goto(`${baseUrl()}${at}`);
      return { context, page };
    },
  };
}

/** What newPage takes: a context's options, `keep` (for a journey of several tests), whom to sign in and where. */
export type PageOptions = BrowserContextOptions & {
  keep?: boolean;
  as?: DemoRole | string;
  at?: string;
  password?: string;
};

/** A Finnish browser: date fields and times read as they would for the people of the programme. */
export const FINNISH: BrowserContextOptions = { locale: 'fi-FI', timezoneId: 'Europe/Helsinki' };

// The web app's hint that this browser may hold a session cookie (core/auth/session.ts).
const SIGNED_IN_HINT = 'keino.signedIn';

/**
 * Signs in through the API and hands the session to the browser as the sign-in form would: the refresh token as
 * the HttpOnly `keino_refresh` cookie of the context (every tab shares it) and the hint that makes the app restore
 * the session at start (core/auth/session.ts). Given a context, its pages start signed in; given a page, its context
 * is signed in (as someone else, too) from the page's next navigation on.
 */
export async function signInAs(
  target: BrowserContext | Page,
  who: DemoRole | string,
  password: string = DEMO_PASSWORD,
): Promise<LoginResponse> {
  const email = who in DEMO_ACCOUNTS ? DEMO_ACCOUNTS[who as DemoRole] : who;
  const res = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`signInAs(${email}): ${res.status} ${await res.text()}`);
  const login = (await res.json()) as LoginResponse;
  const context = 'goto' in target ? target.context() : target;
  await context.addCookies([
    {
      name: 'keino_refresh',
      value: login.refreshToken,
      domain: new URL(baseUrl()).hostname,
      path: '/api/auth',
      httpOnly: true,
      sameSite: 'Strict',
      secure: false,
      expires: Math.floor(Date.now() / 1000) + 14 * 24 * 60 * 60,
    },
  ]);
  if ('goto' in target) {
    // localStorage belongs to the origin: any page of the server will do, the health check loads fastest.
    if (!target.url().startsWith(baseUrl())) await target.goto(`${baseUrl()}/api/health`);
    await target.evaluate((key) => localStorage.setItem(key, '1'), SIGNED_IN_HINT);
  } else {
    await target.addInitScript((key) => localStorage.setItem(key, '1'), SIGNED_IN_HINT);
  }
  return login;
}

/** The access token the page's app holds now, for the API calls a test makes beside it (a refresh with its cookie). */
export async function accessTokenOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const res = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!res.ok) throw new Error(`refresh: ${res.status}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  });
}

/** Signs the page's tab in as `who` and opens `path` (where the form would have sent them back to). */
export async function openAs(
  page: Page,
  who: DemoRole | string,
  path = '/learning',
  password: string = DEMO_PASSWORD,
): Promise<LoginResponse> {
  const login = await signInAs(page, who, password);
  await page.goto(`${baseUrl()}${path}`);
  return login;
}
