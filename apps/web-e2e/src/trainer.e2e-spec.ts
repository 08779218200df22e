import { axeViolations, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Timo runs the academy's cohorts (demo data): he sees who is behind and records workshop attendance.
describe('a trainer’s journey', () => {
  it('tells a participant that the teaching pages are not for them', async () => {
    const context = await chrome.newContext();
    const page = await context.newPage();
    await openAs(page, 'manager@keino.example', '/teaching');
    await page.getByRole('heading', { level: 1, name: 'Sinulla ei ole pääsyä tälle sivulle' }).waitFor();
    expect(await page.getByRole('link', { name: 'Opetus' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('follows the running cohort and records attendance', async () => {
    const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openAs(page, 'trainer@keino.example', '/learning');
    await page.getByRole('link', { name: 'Opetus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vetämäni toteutukset' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'KEINO-akatemia 2026–2027' }).click();
    await page.getByRole('heading', { name: 'Jäljessä olevat' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBe(1 + 22);
    expect(
      await page
        .getByRole('heading', { name: 'Jäljessä olevat' })
        .locator('xpath=following-sibling::ul[1]/li')
        .count(),
    ).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The wide grid scrolls in its own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: 'docs/screenshots/trainer-cohort.png', fullPage: true });
    const boxes = page.getByRole('checkbox');
    const before = await boxes.count();
    expect(before).toBeGreaterThan(0);
    await boxes.first().check();
    await page.getByRole('status').filter({ hasText: 'Läsnäolo kirjattu.' }).waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('input[type=checkbox]').length === n - 1,
      before,
    );
    await context.close();
  });
});

// Heikki, the change agent of Pirkanmaa and Keski-Suomi (demo data), follows the organisations of his regions.
describe('a change agent’s journey', () => {
  it('sees the cohorts of his regions’ organisations and no others', async () => {
    const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openAs(page, 'agent@keino.example', '/region');
    await page.getByRole('heading', { level: 1, name: 'Alueeni organisaatiot' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'KEINO-akatemia 2026–2027' }).waitFor();
    const organisations = await page.getByRole('rowheader').allTextContents();
    expect(organisations.length).toBeGreaterThan(0);
    expect(organisations.every((o) => /Tampere|Pirkanmaa|Keski-Suomen/.test(o))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/change-agent.png', fullPage: true });
    await context.close();
  });
});
