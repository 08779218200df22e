import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, openAs, useBrowser } from './browser';

const chrome = useBrowser();

/** Widest point of the page's content: more than the viewport means sideways scrolling. */
const contentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

// Eero Korhonen (demo data): active in the running cohort with only two released activities done, so a good part
// of it is late; two colleagues of his organisation (Markku Kinnunen, Pasi Järvinen) take part in it too. No other
// spec uses him; he ends withdrawn from the spring cohort, where he was not enrolled before.
describe('a participant’s overview, the cohort page, enrolment and withdrawal', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({ keep: true }));
  });
  afterAll(() => context.close());

  it('shows on My learning what is next, what is late, the next workshop and the team', async () => {
    await openAs(page, 'eero.korhonen@demo.keino.example', '/learning');
    await page.waitForURL(`${baseUrl()}/learning`);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'KEINO-akatemia 2026–2027' }) });
    await card.getByRole('heading', { name: 'Seuraavaksi' }).waitFor();
    // Next: the first required activity not done, the first module's workshop; it links to the course.
    const next = card.getByRole('link', { name: 'Lähipäivä 1: Strategia ja hankintojen tavoitteet' });
    expect(await next.count()).toBe(1);
    // Late: modules 1–3 are past their period (module 4 opened today); five activities, three named.
    expect(await card.locator('.late li').count()).toBe(3);
    expect(await card.getByText('ja 2 muuta').count()).toBe(1);
    // The team: names and percent only, his organisation's people in the same cohort.
    const rows = await card
      .getByRole('table', { name: 'Organisaatiosi osallistujat toteutuksessa KEINO-akatemia 2026–2027' })
      .locator('tbody tr')
      .allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Markku Kinnunen 25 %',
      'Pasi Järvinen 66,7 %',
    ]);
    // The next workshop, with a calendar file.
    const workshop = page.getByTestId('next-workshop');
    expect(await workshop.getByText('Lähipäivä 4: Vaikuttavuuden mittaaminen käytännössä').count()).toBe(1);
    expect(await workshop.getByText(/Helsinki, Säätytalo/).count()).toBe(1);
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      workshop.getByRole('button', { name: 'Lisää kalenteriin (.ics)' }).click(),
    ]);
    expect(ics.suggestedFilename()).toBe('workshop.ics');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await contentWidth(page)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });

    await next.click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
  });

  it('opens the spring cohort’s page from the catalogue: dates, seats, approval, modules and workshops', async () => {
    await page.getByRole('link', { name: 'Toteutukset' }).click();
    await page.getByRole('link', { name: 'KEINO-akatemia 2027, kevät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    await page.getByRole('heading', { name: 'Moduulit ja tehtävät' }).waitFor();
    expect(await page.getByText('KEINO-akatemia 2027, kevät', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Ilmoittautumiset hyväksytään erikseen', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Paikkoja vapaana').count()).toBe(1);
    // Every module of the spring cohort has its release date (the element's text has surrounding whitespace).
    expect(
      await page
        .locator('.module .meta')
        .filter({ hasText: /Avautuu \d+\.\d+\.\d{4}/ })
        .count(),
    ).toBe(5);
    const workshops = page
      .getByRole('heading', { name: 'Lähipäivät' })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('listitem');
    expect(await workshops.count()).toBe(4);
    expect(await page.getByText('Tampere, Tampere-talo, Yliopistonkatu 55').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/cohort-page.png', fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await contentWidth(page)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('enrols (awaiting approval), then withdraws after confirming', async () => {
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await page.getByRole('status').filter({ hasText: 'odottaa hyväksyntää' }).waitFor();
    await page.locator('.badge').filter({ hasText: 'Odottaa hyväksyntää' }).waitFor();
    const withdraw = page.getByRole('button', { name: 'Peru osallistuminen: KEINO-akatemia 2027, kevät' });
    // The first click only asks; cancelling keeps the enrolment.
    await withdraw.click();
    const confirm = page.getByRole('group', { name: 'Peru osallistuminen: KEINO-akatemia 2027, kevät' });
    await confirm.getByText(/Perutaanko ilmoittautumisesi/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Älä peru' }).click();
    await withdraw.waitFor();
    await withdraw.click();
    await page.getByRole('button', { name: 'Kyllä, peru osallistuminen' }).click();
    await page.getByRole('status').filter({ hasText: 'on peruttu' }).waitFor();
    // Withdrawn: the cohort is open again for him.
    await page.getByRole('button', { name: 'Ilmoittaudu' }).waitFor();
    expect(await page.locator('.badge').count()).toBe(0);
  });

  it('withdraws from My learning too, and the list follows', async () => {
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await page.getByRole('status').filter({ hasText: 'odottaa hyväksyntää' }).waitFor();
    await page.getByRole('link', { name: 'Oma oppiminen' }).click();
    await page.getByRole('heading', { name: 'Odottavat' }).waitFor();
    const waiting = page.getByRole('listitem').filter({ hasText: 'KEINO-akatemia 2027, kevät' });
    await waiting.getByRole('button', { name: 'Peru osallistuminen: KEINO-akatemia 2027, kevät' }).click();
    await waiting.getByRole('button', { name: 'Kyllä, peru osallistuminen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Osallistumisesi toteutukseen KEINO-akatemia 2027, kevät on peruttu.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Odottavat' }).waitFor({ state: 'detached' });
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: 'KEINO-akatemia 2027, kevät' })
        .getByText('Peruttu')
        .count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
