import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, useBrowser } from './browser';

const chrome = useBrowser();

// Anna, programme staff (demo data): completion of a cohort, its approval queue, and the export for the ministry.
describe('an admin’s journey', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({
      acceptDownloads: true,
      keep: true,
      as: 'admin',
      at: '/admin',
    }));
  });
  afterAll(() => context.close());

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
