import { BrowserContext, Page } from 'playwright-core';

import { accessTokenOf, axeViolations, baseUrl, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// Anna, programme staff (demo data), keeps the directory: a new organisation, a new trainer, a new cohort for that
// trainer, and the audit log that shows who changed the roles. Everything it creates has a unique name, and the
// demo accounts and cohorts that the other specs use are left as they are.

const unique = Date.now().toString(36);
const trainerName = `Tero Testikouluttaja ${unique}`;
const organizationName = `Testivirasto ${unique}`;
const cohortName = `Testitoteutus ${unique}`;

/** A Y-tunnus no run has used: a body from the clock, with its weighted modulo-11 check digit. */
function freshBusinessId(): string {
  for (let body = Date.now() % 10_000_000; ; body = (body + 1) % 10_000_000) {
    const digits = String(body).padStart(7, '0');
    const r = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11;
    if (r !== 1) return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');

/** `YYYY-MM-DD` of today plus `days`, in the browser's sense of today (same machine). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('an admin keeps the directory', () => {
  let context: BrowserContext;
  let page: Page;
  let trainerId: string;

  beforeAll(async () => {
    const registered = await fetch(`${baseUrl()}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `tero.${unique}@e2e.keino.example`,
        password: 'e2e password 2026',
        fullName: trainerName,
        locale: 'fi',
      }),
    });
    expect(registered.status).toBe(201);
    trainerId = ((await registered.json()) as { id: string }).id;

    // A Finnish browser: date fields and times in the screenshots read as they would for the staff.
    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({
      ...FINNISH,
      keep: true,
      as: 'admin@keino.example',
      at: '/admin/organizations',
    }));
  });
  afterAll(() => context.close());

  it('adds an organisation, refusing a wrong check digit and a taken business ID, and finds it', async () => {
    await page.getByRole('heading', { level: 1, name: 'Organisaatiot' }).waitFor();
    const rows = page.getByRole('list', { name: 'Organisaatiot' }).getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    const nav = page.getByRole('navigation', { name: 'Ylläpidon osiot' });
    expect(await nav.getByRole('link', { name: 'Organisaatiot' }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-organizations.png', fullPage: true });

    const form = page.getByRole('form', { name: 'Lisää organisaatio' });
    const businessId = freshBusinessId();
    const wrongDigit = `${businessId.slice(0, 8)}${(Number(businessId[8]) + 1) % 10}`;
    await form.getByLabel('Nimi', { exact: true }).fill(organizationName);
    await form.getByLabel('Y-tunnus', { exact: true }).fill(wrongDigit);
    await form.getByLabel('Tyyppi', { exact: true }).selectOption({ label: 'Valtion virasto' });
    await form.getByLabel('Maakunta', { exact: true }).selectOption({ label: 'Lappi' });
    await form.getByRole('button', { name: 'Lisää organisaatio' }).click();
    await form.getByText('Y-tunnuksen tarkiste ei täsmää. Tarkista numerot.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-businessId');
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('Y-tunnus', { exact: true }).fill(businessId);
    await form.getByRole('button', { name: 'Lisää organisaatio' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Organisaatio ${organizationName} on lisätty.` })
      .waitFor();

    // The same business ID again: the server's 409 is shown at the field.
    await form.getByLabel('Nimi', { exact: true }).fill(`${organizationName} B`);
    await form.getByLabel('Y-tunnus', { exact: true }).fill(businessId);
    await form.getByLabel('Tyyppi', { exact: true }).selectOption({ label: 'Muu' });
    await form.getByLabel('Maakunta', { exact: true }).selectOption({ label: 'Lappi' });
    await form.getByRole('button', { name: 'Lisää organisaatio' }).click();
    await form.getByText('Tällä Y-tunnuksella on jo organisaatio.').waitFor();

    const search = page.getByRole('search');
    await search.getByLabel('Nimi tai Y-tunnus').fill(organizationName);
    await search.getByLabel('Maakunta', { exact: true }).selectOption({ label: 'Lappi' });
    await search.getByLabel('Tyyppi', { exact: true }).selectOption({ label: 'Valtion virasto' });
    await search.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('status').filter({ hasText: 'Organisaatioita: 1' }).waitFor();
    // The count (a live region outside the rows) may be drawn a frame before the rows that came with it.
    await rows.filter({ hasText: businessId }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(text(await rows.first().textContent())).toContain(`${businessId} · Valtion virasto · Lappi`);
  });

  it('gives a newly registered user the trainer role, and the change is saved', async () => {
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('link', { name: 'Käyttäjät' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    const rows = page
      .getByRole('list', { name: 'Käyttäjät' })
      .getByRole('listitem')
      .filter({ has: page.locator('strong') });
    await rows.first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Nimi tai sähköposti').fill(trainerName);
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('status').filter({ hasText: 'Käyttäjiä: 1' }).waitFor();
    await page.getByRole('button', { name: `Muokkaa: ${trainerName}` }).click();
    await page.getByRole('checkbox', { name: 'Kouluttaja' }).check();
    expect(await page.getByRole('group', { name: 'Seurattavat maakunnat' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-users.png', fullPage: true });
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Käyttäjän ${trainerName} tiedot on tallennettu.` })
      .waitFor();
    expect(text(await rows.first().textContent())).toContain('Roolit: Osallistuja, Kouluttaja');

    // Saved on the server: a fresh page finds the user among the trainers.
    await page.reload();
    await page.getByLabel('Rooli', { exact: true }).selectOption({ label: 'Kouluttaja' });
    await page.getByLabel('Nimi tai sähköposti').fill(trainerName);
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('status').filter({ hasText: 'Käyttäjiä: 1' }).waitFor();
    expect(text(await rows.first().textContent())).toContain('Roolit: Osallistuja, Kouluttaja');
  });

  it('opens a cohort of the demo course with that trainer and module release dates, and lands on its page', async () => {
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('link', { name: 'Toteutukset' })
      .click();
    await page.getByRole('link', { name: 'Uusi toteutus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi toteutus' }).waitFor();
    await page.getByLabel('Kurssi', { exact: true }).selectOption({ index: 1 });
    const releases = page
      .getByRole('group', { name: 'Moduulien avautumispäivät' })
      .locator('input[type=date]');
    await releases.first().waitFor();
    expect(await releases.count()).toBe(5);

    await page.getByLabel('Toteutuksen nimi').fill(cohortName);
    await page.getByLabel('Alkaa', { exact: true }).fill(day(30));
    await page.getByLabel('Päättyy', { exact: true }).fill(day(10));
    await page.getByLabel('Paikkoja', { exact: true }).fill('12');
    // Enrolment already closed, so that the cohort stays out of the catalogue that the participants' specs read.
    await page.getByLabel('Ilmoittautuminen päättyy (valinnainen)').fill(`${day(-1)}T16:00`);
    await page.getByRole('checkbox', { name: trainerName }).check();
    for (let i = 0; i < 5; i++) await releases.nth(i).fill(day(30 + 30 * i));
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('endsOn');

    await page.getByLabel('Päättyy', { exact: true }).fill(day(200));
    await page.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor({ state: 'detached' });
    expect(await page.getByText('Valitse päivä toteutuksen alun ja lopun väliltä.').count()).toBe(0);
    // The demo course's workshops met before this cohort: it takes times from its own release plan.
    await page.getByRole('button', { name: 'Ehdota ajat moduulien avautumispäivistä' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-new-cohort.png', fullPage: true });
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.waitForURL(/\/admin\/cohorts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: cohortName }).waitFor();
    await page.getByRole('heading', { name: 'Hyväksyntää odottavat' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // What was saved: the trainer and a release date for every module.
    const cohortId = page.url().split('/').pop();
    const token = await accessTokenOf(page);
    const cohort = await page.evaluate(
      async ([id, bearer]) => {
        const res = await fetch(`/api/cohorts/${id}`, { headers: { Authorization: `Bearer ${bearer}` } });
        return res.json();
      },
      [cohortId, token] as const,
    );
    expect(cohort.trainerIds).toEqual([trainerId]);
    expect(cohort.capacity).toBe(12);
    expect(cohort.modules.map((m: { releasesOn: string }) => m.releasesOn)).toEqual(
      [0, 1, 2, 3, 4].map((i) => day(30 + 30 * i)),
    );
  });

  it('reads the role change in the audit log', async () => {
    await page.getByRole('link', { name: 'Muutosloki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Muutosloki' }).waitFor();
    const change = `Käyttäjän ${trainerName} roolit: Osallistuja → Osallistuja, Kouluttaja`;
    await page.getByText(change).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-audit.png', fullPage: true });
    await page.getByLabel('Tapahtuma').selectOption({ label: 'Roolimuutokset' });
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByText(change).waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: change });
    expect(await entry.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await entry.textContent()).toContain('Anna Ylläpitäjä');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^\s*Tapahtumia: \d+\s*$/ })
        .count(),
    ).toBe(1);
  });

  it('erases a person on request, after a second confirmation, and the log says so without the name', async () => {
    const name = `Poistettava ${unique}`;
    const registered = await fetch(`${baseUrl()}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `erase.${unique}@e2e.keino.example`,
        password: 'e2e password 2026',
        fullName: name,
      }),
    });
    expect(registered.status).toBe(201);
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('link', { name: 'Käyttäjät' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await page.getByLabel('Nimi tai sähköposti').fill(name);
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('status').filter({ hasText: 'Käyttäjiä: 1' }).waitFor();
    await page.getByRole('button', { name: `Muokkaa: ${name}` }).click();
    await page.getByRole('button', { name: 'Poista henkilö' }).click();
    await page.getByText('Poisto hävittää nimen').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vahvista poisto' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} on poistettu.` })
      .waitFor();
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByText('Hakuehtoja vastaavia käyttäjiä ei löytynyt.').waitFor();

    await page.getByRole('link', { name: 'Muutosloki' }).click();
    await page.getByLabel('Tapahtuma').selectOption({ label: 'Käyttäjien poistot' });
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByText('Henkilö poistettiin').first().waitFor();
    expect(await page.getByText(name).count()).toBe(0);
  });

  it('fits 360 px on every directory page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [path, heading] of [
      ['/admin/organizations', 'Organisaatiot'],
      ['/admin/users', 'Käyttäjät'],
      ['/admin/cohorts/new', 'Uusi toteutus'],
      ['/admin/audit', 'Muutosloki'],
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.rows li, select#courseId').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
});
