import { axeViolations, baseUrl, FINNISH, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// A percentage or a time written the English way: "58.3 %", "58.3%", "09:00".
const DOT_PERCENT = /\d\.\d+\s?%/;
const COLON_TIME = /\b\d{1,2}:\d{2}\b/;
const FINNISH_PERCENT = /^\d+(,\d)?\s%$/;

// One formatter for the whole app (core/i18n/local-format.ts): the programme overview used to say "58.3 %" beside
// "58,3 %", the cohort report "62.5 %" in its organisation table, My learning "09:00" beside "klo 9.15" elsewhere.
describe('numbers and times, written one way per language', () => {
  it('writes every percentage of the programme overview with a decimal comma', async () => {
    const { page } = await chrome.newPage({ as: 'admin', at: '/admin/overview' });
    await page.getByRole('heading', { level: 1, name: 'Ohjelman yleiskuva' }).waitFor();
    const average = page.locator('dt', { hasText: /^Keskimäärin tehty$/ }).locator('+ dd');
    await page.getByRole('table', { name: 'Toteutukset' }).waitFor();
    expect((await average.first().textContent())?.trim()).toMatch(FINNISH_PERCENT);
    const cohorts = page.getByRole('table', { name: 'Toteutukset' }).locator('tbody tr');
    for (const text of await cohorts.locator('td:last-child').allTextContents()) {
      expect(text.trim()).toMatch(FINNISH_PERCENT);
    }
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/\d,\d\s%/);
    expect(main).not.toMatch(DOT_PERCENT);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'KEINO-akatemia 2025–2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'KEINO-akatemia 2025–2026' }).waitFor();
    await page.getByRole('figure', { name: 'Organisaatioittain' }).waitFor();
    for (const summary of await page.getByText('Näytä luvut taulukkona').all()) await summary.click();
    const report = (await page.locator('main').textContent()) ?? '';
    expect(report).toMatch(/\d\s%/);
    expect(report).not.toMatch(DOT_PERCENT);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('writes a workshop’s time as "klo 9.00" in Finnish and "kl. 9.00" in Swedish, in Finnish time', async () => {
    const { page } = await chrome.newPage({ ...FINNISH });
    await openAs(page, 'eero.korhonen@demo.keino.example', '/learning');
    const workshop = page.getByTestId('next-workshop');
    await workshop.getByRole('button').waitFor();
    const fi = ((await workshop.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(fi).toMatch(/\d{1,2}\.\d{1,2}\.20\d\d klo \d{1,2}\.\d{2}/);
    expect(fi).not.toMatch(COLON_TIME);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.goto(`${baseUrl()}/learning`);
    await workshop.getByRole('button').waitFor();
    const sv = ((await workshop.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(sv).toMatch(/\d{1,2}\.\d{1,2}\.20\d\d kl\. \d{1,2}\.\d{2}/);
    expect(sv).not.toMatch(COLON_TIME);
    expect(await axeViolations(page)).toEqual([]);
  });
});
