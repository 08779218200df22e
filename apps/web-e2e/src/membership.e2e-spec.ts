import { Page } from 'playwright-core';

import { axeViolations, baseUrl, DEMO_ACCOUNTS, DEMO_PASSWORD, FINNISH, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Proved membership in the browser: a newcomer who names Tampere waits for its coordinator, who approves them; a
// colleague joins through an invitation; someone who forgot their password sets a new one. The emails are read from
// the outbox (no mail server in these runs), as an admin would read them in the app.

const unique = Date.now().toString(36);
const PASSWORD = 'e2e password 2026';
const TAMPERE = 'Tampereen kaupunki';

async function api<T>(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 202 || res.status === 204 ? undefined : await res.json()) as T;
}

const tokenOf = async (email: string, password = DEMO_PASSWORD) =>
  (await api<{ accessToken: string }>('/api/auth/login', { method: 'POST', body: { email, password } }))
    .accessToken;

/**
 * The path and query of the newest link to `page` (e.g. "/verify-email") in the mail to `to`, read by an admin from
 * the outbox; the host is PUBLIC_URL's, so the test opens the path on the server under test.
 */
async function linkInMail(to: string, page: string): Promise<string> {
  const token = await tokenOf(DEMO_ACCOUNTS.admin);
  const pattern = new RegExp(`${page.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_~.%-]+`);
  for (let attempt = 0; attempt < 20; attempt++) {
    const outbox = await api<{ items: { toAddress: string; body: string }[] }>(
      `/api/admin/outbox?q=${encodeURIComponent(to)}&limit=20`,
      { token },
    );
    const link = outbox.items.map((m) => pattern.exec(m.body)?.[0]).find(Boolean);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${to} with a ${page} link in the outbox`);
}

const register = (email: string, fullName: string) =>
  api<{ id: string }>('/api/auth/register', {
    method: 'POST',
    body: { email, fullName, password: PASSWORD, locale: 'fi' },
  });

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('a newcomer who names an organisation waits for its coordinator', () => {
  const name = `Uuno Uusi ${unique}`;
  const email = `uuno.${unique}@e2e.keino.example`;

  it('signs up naming Tampere, is told the membership waits, and sees it pending at home', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, at: '/register' });
    await page.getByRole('option', { name: new RegExp(TAMPERE) }).waitFor({ state: 'attached' });
    await page.getByLabel('Nimi', { exact: true }).fill(name);
    await page.getByLabel('Sähköposti', { exact: true }).fill(email);
    await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Organisaatio', { exact: true }).selectOption({ label: `${TAMPERE} (Pirkanmaa)` });
    await page.getByRole('button', { name: 'Luo tunnus' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tunnuksesi on valmis' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('registered');
    await page.getByText(`Lähetimme vahvistuslinkin osoitteeseen ${email}`).waitFor();
    await page.getByText(`Jäsenyytesi organisaatiossa ${TAMPERE} odottaa`).waitFor();
    await noAxeViolations(page);

    await page.goto(`${baseUrl()}/`);
    const status = page.getByRole('region', { name: 'Organisaatiosi' });
    await status.getByText(`Jäsenyyspyyntösi organisaatioon ${TAMPERE} odottaa`).waitFor();
    await status.getByText('ei ole vielä vahvistettu').waitFor();
    await noAxeViolations(page);

    // The emailed link confirms the address; the membership still waits.
    await page.goto(`${baseUrl()}${await linkInMail(email, '/verify-email')}`);
    await page.getByRole('heading', { level: 1, name: 'Sähköpostiosoitteen vahvistus' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Jäsenyyspyyntösi organisaatioon ${TAMPERE} odottaa koordinaattorin hyväksyntää` })
      .waitFor();
    await noAxeViolations(page);
  });

  it('is approved by Tampere’s coordinator on the team page, and then sees Tampere as their organisation', async () => {
    const { page: coordinator } = await chrome.newPage({ ...FINNISH });
    await openAs(coordinator, 'coordinator', '/team');
    await coordinator.getByRole('heading', { level: 2, name: 'Jäsenyyspyynnöt' }).waitFor();
    await coordinator.getByRole('button', { name: `Hyväksy: ${name}` }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `${name} on nyt organisaation jäsen.` })
      .waitFor();
    expect(await coordinator.getByRole('button', { name: `Hyväksy: ${name}` }).count()).toBe(0);
    await noAxeViolations(coordinator);

    const { page } = await chrome.newPage({ ...FINNISH });
    await openAs(page, email, '/profile', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Omat tiedot' }).waitFor();
    await page.locator('dd').filter({ hasText: TAMPERE }).waitFor();
    expect(await page.getByRole('region', { name: 'Organisaatiosi' }).count()).toBe(0);
  });
});

describe('a colleague invited by the coordinator', () => {
  const email = `kaisu.${unique}@e2e.keino.example`;

  it('is invited from the team page, opens the link, creates an account with it and is a member at once', async () => {
    const { page: coordinator } = await chrome.newPage({ ...FINNISH });
    await openAs(coordinator, 'coordinator', '/team');
    await coordinator.getByLabel('Kollegan sähköposti').fill(email);
    await coordinator.getByRole('button', { name: 'Lähetä kutsu' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `Kutsu on lähetetty osoitteeseen ${email}.` })
      .waitFor();
    await coordinator
      .getByRole('list', { name: 'Avoimet kutsut' })
      .getByText(email, { exact: true })
      .waitFor();
    await noAxeViolations(coordinator);

    const link = await linkInMail(email, '/invitations/accept');
    const { page } = await chrome.newPage({ ...FINNISH, at: link });
    await page.getByRole('heading', { level: 1, name: 'Kutsu' }).waitFor();
    await page.getByText(`${TAMPERE} kutsuu osoitteen ${email}`).waitFor();
    await noAxeViolations(page);

    await page.getByRole('link', { name: 'Luo tunnus' }).click();
    await page.getByText(`Sinut on kutsuttu organisaation ${TAMPERE} jäseneksi`).waitFor();
    expect(await page.getByLabel('Sähköposti', { exact: true }).inputValue()).toBe(email);
    expect(await page.getByLabel('Organisaatio', { exact: true }).count()).toBe(0);
    await page.getByLabel('Nimi', { exact: true }).fill(`Kaisu Kutsuttu ${unique}`);
    await page.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Luo tunnus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tunnuksesi on valmis' }).waitFor();
    await page.getByText(`Olet organisaation ${TAMPERE} jäsen.`).waitFor();
    await noAxeViolations(page);

    // Used once: the same link now explains that it no longer works.
    await page.goto(`${baseUrl()}${link}`);
    await page.getByRole('alert').filter({ hasText: 'Kutsulinkki ei enää toimi' }).waitFor();
    await noAxeViolations(page);
  });

  it('lets a signed-in person without an organisation accept an invitation to their own address', async () => {
    const other = `olli.${unique}@e2e.keino.example`;
    await register(other, `Olli Olemassa ${unique}`);
    const coordinator = await tokenOf(DEMO_ACCOUNTS.coordinator);
    const me = await api<{ organizationId: string }>('/api/auth/me', { token: coordinator });
    await api(`/api/organizations/${me.organizationId}/invitations`, {
      method: 'POST',
      token: coordinator,
      body: { email: other },
    });
    const link = await linkInMail(other, '/invitations/accept');

    const { page } = await chrome.newPage({ ...FINNISH });
    await openAs(page, other, link, PASSWORD);
    await page.getByRole('button', { name: `Liity: ${TAMPERE}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Olet nyt organisaation ${TAMPERE} jäsen.` })
      .waitFor();
    await noAxeViolations(page);
  });
});

describe('someone who forgot their password', () => {
  const email = `unto.${unique}@e2e.keino.example`;
  const newPassword = 'uusi salasana 2026';

  beforeAll(() => register(email, `Unto Unohtaja ${unique}`));

  it('asks for a link from the sign-in page, sets a new password and signs in with it', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, at: '/sign-in' });
    await page.getByRole('link', { name: 'Unohditko salasanasi?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Salasanan palautus' }).waitFor();
    await noAxeViolations(page);
    await page.getByLabel('Sähköposti', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Lähetä linkki' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Jos osoitteella ${email} on tunnus` })
      .waitFor();
    await noAxeViolations(page);

    await page.goto(`${baseUrl()}${await linkInMail(email, '/reset-password')}`);
    await page.getByRole('heading', { level: 1, name: 'Valitse uusi salasana' }).waitFor();
    await noAxeViolations(page);
    await page.getByLabel('Uusi salasana', { exact: true }).fill(newPassword);
    await page.getByLabel('Uusi salasana uudelleen').fill(`${newPassword}!`);
    await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
    await page.getByRole('alert').filter({ hasText: 'Salasanat eivät ole samat.' }).waitFor();
    await page.getByLabel('Uusi salasana uudelleen').fill(newPassword);
    await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();

    await page.waitForURL(`${baseUrl()}/sign-in?notice=passwordReset`);
    await page.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu' }).waitFor();
    await noAxeViolations(page);
    await page.getByLabel('Sähköposti', { exact: true }).fill(email);
    await page.getByLabel('Salasana', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/learning`);
    await expect(tokenOf(email, PASSWORD)).rejects.toThrow(/401/);
  });
});

describe('an admin on an organisation’s page', () => {
  it('sees its email domains, membership requests and invitations', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'admin', at: '/admin/organizations' });
    await page.getByRole('search').getByLabel('Nimi tai Y-tunnus').fill('Tampere');
    await page.getByRole('search').getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('link', { name: TAMPERE }).click();
    await page.getByRole('heading', { level: 1, name: TAMPERE }).waitFor();
    await page.getByRole('textbox', { name: 'Verkkotunnukset', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Jäsenyyspyynnöt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kutsut' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Ladataan'));
    await noAxeViolations(page);
  });
});
