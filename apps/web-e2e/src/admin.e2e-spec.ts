import { Browser, BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, launchChromium } from './browser';

// Anna, programme staff (demo data): completion of a cohort, its approval queue, and the export for the ministry.
describe('an admin’s journey', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in?returnUrl=%2Fadmin`);
    await page.getByLabel('Sähköposti').fill('admin@keino.example');
    await page.getByLabel('Salasana').fill('KeinoDemo2026!');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('sees completion of the finished cohort and downloads its CSV', async () => {
    await page.getByRole('heading', { level: 1, name: 'Toteutukset' }).waitFor();
    await page.getByRole('link', { name: 'KEINO-akatemia 2025–2026' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'KEINO-akatemia' }).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'KEINO-akatemia 2025–2026' }).click();
    await page.getByRole('heading', { name: 'Suoritusaste moduuleittain' }).waitFor();
    expect(await page.getByRole('table').first().getByRole('row').count()).toBe(1 + 5);
    expect(await page.getByText(/^6 \(75\s?%\)$/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-cohort.png', fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cohort-report.csv');
  });

  it('approves an enrolment of the open cohort', async () => {
    await page.getByRole('link', { name: '← Toteutukset' }).click();
    await page.getByRole('link', { name: 'KEINO-akatemia 2027, kevät' }).click();
    await page.getByRole('heading', { name: 'Hyväksyntää odottavat' }).waitFor();
    const approvals = page.getByRole('button', { name: /^Hyväksy/ });
    const before = await approvals.count();
    expect(before).toBeGreaterThanOrEqual(3);
    await approvals.first().click();
    await page.getByRole('status').filter({ hasText: 'Ilmoittautuminen hyväksytty.' }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.queue li').length === n - 1, before);
    expect(await axeViolations(page)).toEqual([]);
  });
});
