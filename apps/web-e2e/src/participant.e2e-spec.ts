import { Browser, BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, launchChromium } from './browser';

// Maija, a procurement manager of Tampere (demo data): in the running cohort, and the spring cohort is open.
describe('a participant’s journey', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('is sent to sign-in from My learning, and back there after signing in', async () => {
    await page.goto(`${baseUrl()}/learning`);
    await page.waitForURL(/\/sign-in\?returnUrl=%2Flearning/);
    await page.getByLabel('Sähköposti').fill('manager@keino.example');
    await page.getByLabel('Salasana').fill('KeinoDemo2026!');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/learning`);
    await page.getByRole('heading', { name: 'Käynnissä olevat' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Hankintojen vaikuttavuuden johtaminen' }).count()).toBe(
      1,
    );
    const progress = page.getByRole('progressbar', { name: /Edistyminen: KEINO-akatemia 2026–2027/ });
    expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
    expect(await page.getByText('Maija Hankintapäällikkö').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/my-learning.png', fullPage: true });
  });

  it('opens the course: locked modules say when they open, what is missing, and marks a reading done', async () => {
    await page.getByRole('link', { name: 'Hankintojen vaikuttavuuden johtaminen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    expect(await page.getByText(/^Avautuu \d+\.\d+\.\d{4}$/).count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Suoritukseen puuttuu vielä' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lisää kalenteriin (.ics)' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/course-player.png', fullPage: true });
    const before = await page.getByRole('button', { name: 'Merkitse tehdyksi' }).count();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Merkitse tehdyksi' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Merkitty tehdyksi.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Merkitse tehdyksi' }).count()).toBe(before - 1);
  });

  it('finds the open cohort in the catalogue and enrols, awaiting approval', async () => {
    await page.getByRole('link', { name: 'Toteutukset' }).click();
    await page.getByRole('heading', { name: 'Avoimet toteutukset' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'KEINO-akatemia 2027, kevät' });
    await card.waitFor();
    expect(await card.getByText('Ilmoittautumiset hyväksytään erikseen.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/catalogue.png', fullPage: true });
    await card.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await page.getByRole('status').filter({ hasText: 'odottaa hyväksyntää' }).waitFor();
    await page.getByRole('link', { name: 'Oma oppiminen' }).click();
    await page.getByRole('heading', { name: 'Odottavat' }).waitFor();
    expect(await page.getByText('Odottaa hyväksyntää').count()).toBe(1);
  });

  it('fits 360 px without sideways scrolling, and signs out', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('heading', { name: 'Oma oppiminen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByRole('link', { name: 'Kirjaudu', exact: true }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('keino.session'))).toBeNull();
  });
});

// Sanna coordinates Tampere's team (demo data): she follows her colleagues and enrols one in the spring cohort.
describe('a coordinator’s journey', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('sees the team’s progress and enrols a colleague found by name', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in?returnUrl=%2Fteam`);
    await page.getByLabel('Sähköposti').fill('coordinator@keino.example');
    await page.getByLabel('Salasana').fill('KeinoDemo2026!');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisaatiomme tiimi' }).waitFor();
    await page.getByRole('rowheader', { name: 'Maija Hankintapäällikkö' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Toteutus').selectOption({ label: 'KEINO-akatemia 2027, kevät' });
    await page.getByLabel('Hae kollegaa nimellä').fill('Aino');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('button', { name: 'Ilmoittaudu: Aino Virtanen' }).click();
    await page.getByRole('status').filter({ hasText: 'Aino Virtanen on ilmoitettu toteutukseen.' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'KEINO-akatemia 2027, kevät' })
      .filter({ hasText: 'Aino Virtanen' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/coordinator-team.png', fullPage: true });
    await context.close();
  });
});
