import { readFileSync } from 'node:fs';
import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Maija, a procurement manager of Tampere (demo data): in the running cohort, and the spring cohort is open.
describe('a participant’s journey', () => {
  let context: BrowserContext;
  let page: Page;

  // One journey on one page: each test goes on from where the last one left it. Its first test is the one that
  // signs in through the form; every other spec signs in with signInAs.
  beforeAll(async () => {
    ({ context, page } = await chrome.newPage({ keep: true }));
  });
  afterAll(() => context.close());

  it('is sent to sign-in from My learning, and back there after signing in', async () => {
    await page.goto(`${baseUrl()}/learning`);
    await page.waitForURL(/\/sign-in\?returnUrl=%2Flearning/);
    await page.getByLabel('Sähköposti').fill('manager@keino.example');
    await page.getByLabel('Salasana').fill('KeinoDemo2026!');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/learning`);
    await page.getByRole('heading', { name: 'Käynnissä olevat' }).waitFor();
    // The running cohort and the finished one are the same course.
    expect(await page.getByRole('heading', { name: 'Hankintojen vaikuttavuuden johtaminen' }).count()).toBe(
      2,
    );
    const progress = page.getByRole('progressbar', { name: /Edistyminen: KEINO-akatemia 2026–2027/ });
    expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
    expect(await page.getByText('Maija Hankintapäällikkö').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/my-learning.png', fullPage: true });
  });

  it('downloads the certificate of the finished cohort, and its code checks out on the public page', async () => {
    const finished = page.getByRole('listitem').filter({ hasText: 'KEINO-akatemia 2025–2026' });
    const code = ((await finished.locator('.code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      finished.getByRole('button', { name: /Lataa todistus \(PDF\)/ }).click(),
    ]);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Anyone with the code, signed in or not, typed in any case.
    const visitor = await chrome.newContext({ viewport: { width: 360, height: 740 } });
    const verify = await visitor.newPage();
    await verify.goto(`${baseUrl()}/certificates/${code.toLowerCase()}`);
    await verify.getByRole('heading', { name: 'Todistus on aito' }).waitFor();
    expect(await verify.getByText('Maija Hankintapäällikkö').count()).toBe(1);
    expect(await verify.getByText(code).count()).toBe(1);
    expect(await verify.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(verify)).toEqual([]);
    await verify.screenshot({ path: 'docs/screenshots/certificate-verification.png', fullPage: true });
    await verify.getByLabel('Tarkistuskoodi').fill('00000-00000-00000-00000');
    await verify.getByRole('button', { name: 'Tarkista' }).click();
    await verify.getByRole('status').filter({ hasText: 'Tällä koodilla ei löydy todistusta' }).waitFor();
    expect(await verify.getByRole('heading', { name: 'Todistus on aito' }).count()).toBe(0);
    await visitor.close();
  });

  it('opens the course: locked modules say when they open, what is missing, and marks a reading done', async () => {
    await page
      .getByRole('listitem')
      .filter({ hasText: 'KEINO-akatemia 2026–2027' })
      .getByRole('link', { name: 'Hankintojen vaikuttavuuden johtaminen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    await page
      .getByText(/Avautuu \d+\.\d+\.\d{4}/)
      .first()
      .waitFor();
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

  it('keeps a profile: details, language and a download of everything held about them', async () => {
    await page.getByRole('link', { name: /Omat tiedot/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Omat tiedot' }).waitFor();
    await page.getByText('Tampereen kaupunki').waitFor(); // the organisation's name loads after the page
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/profile.png', fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa tietoni' }).click(),
    ]);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(data.account.email).toBe('manager@keino.example');
    expect(data.enrollments.length).toBeGreaterThanOrEqual(2);
    expect(data.certificates.length).toBe(1);
    await page.getByLabel('Nykyinen salasana').fill('väärä salasana');
    await page.getByLabel('Uusi salasana', { exact: true }).fill('uusi pitkä salasana');
    await page.getByLabel('Uusi salasana uudelleen').fill('uusi pitkä salasana');
    await page.getByRole('button', { name: 'Vaihda salasana' }).click();
    await page.getByRole('status').filter({ hasText: 'Nykyinen salasana on väärin.' }).waitFor();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('status').filter({ hasText: 'Tiedot tallennettu.' }).waitFor();
    await page.getByRole('link', { name: 'Oma oppiminen' }).click();
  });

  it('fits 360 px without sideways scrolling, and signs out', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('heading', { name: 'Oma oppiminen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByRole('link', { name: 'Kirjaudu', exact: true }).waitFor();
    // Signed out on the server too: the session cookie is gone, and a reload stays signed out.
    const refresh = await page.evaluate(
      async () =>
        (
          await fetch('/api/auth/refresh', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          })
        ).status,
    );
    expect(refresh).toBe(401);
    await page.reload();
    await page.getByRole('link', { name: 'Kirjaudu', exact: true }).waitFor();
  });
});

// Sanna coordinates Tampere's team (demo data): she follows her colleagues and enrols one in the spring cohort.
describe('a coordinator’s journey', () => {
  it('sees the team’s progress and enrols a colleague found by name', async () => {
    const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openAs(page, 'coordinator', '/team');
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
