import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, openAs, useBrowser } from './browser';

const chrome = useBrowser();

/** How many pixels of the figure's canvas chart.js has painted: 0 means no chart was drawn. */
function paintedPixels(page: Page, figureName: string): Promise<number> {
  return page
    .getByRole('figure', { name: figureName })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
      return painted;
    });
}

/** The cells of a table, row by row, as the text a person reads. */
function cells(page: Page, tableName: string): Promise<string[][]> {
  return page
    .getByRole('table', { name: tableName })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())),
    );
}

/** The right edge of the page's own content; the shell's navigation for an admin's many links is the shell's to fit. */
async function contentRight(page: Page): Promise<number> {
  const right = () =>
    page
      .locator('.page')
      .evaluate((el) =>
        Math.max(...Array.from(el.querySelectorAll('*')).map((e) => e.getBoundingClientRect().right)),
      );
  // Charts follow a narrower window on their resize observer's next turn, later on a busy machine: give the layout a
  // few seconds to settle before measuring.
  for (let i = 0; i < 50 && (await right()) > 360; i++) await page.waitForTimeout(100);
  return right();
}

const number = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

// Anna, programme staff (demo data): the programme across cohorts, then the charts of the finished cohort.
describe('the programme overview and a cohort’s charts', () => {
  let context: BrowserContext;
  let page: Page;

  // One journey on one page: each test goes on from where the last one left it.
  beforeAll(async () => {
    ({ context, page } = await chrome.newPage({
      keep: true,
      as: 'admin@keino.example',
      at: '/admin/overview',
    }));
  });
  afterAll(() => context.close());

  it('shows totals, a chart by region with its table, and every cohort', async () => {
    await page.getByRole('heading', { level: 1, name: 'Ohjelman yleiskuva' }).waitFor();
    const cohorts = page.getByRole('table', { name: 'Toteutukset' });
    await cohorts.getByRole('link', { name: 'KEINO-akatemia 2025–2026' }).waitFor();
    expect(await cohorts.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    const finished = cohorts.locator('tbody tr').filter({ hasText: 'KEINO-akatemia 2025–2026' });
    expect((await finished.locator('td').allTextContents()).map((c) => c.trim())).toEqual([
      '8',
      expect.stringMatching(/^6 \(75\s?%\)$/),
      expect.stringMatching(/^\d+(,\d)?\s%$/),
    ]);

    const chart = 'Osallistujat ja suorittaneet maakunnittain';
    await page.getByRole('figure', { name: chart }).waitFor();
    expect(await paintedPixels(page, chart)).toBeGreaterThan(500);
    await page.getByText('Näytä luvut taulukkona').click();
    const regions = await cells(page, chart);
    expect(regions.map((r) => r[0])).toContain('Pirkanmaa');
    // The region table adds up to the totals above it.
    const participants = number(
      (await page
        .locator('dt', { hasText: /^Osallistujia$/ })
        .locator('+ dd')
        .textContent()) ?? '',
    );
    expect(regions.reduce((sum, r) => sum + number(r[1]), 0)).toBe(participants);
    expect(participants).toBeGreaterThanOrEqual(30);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/admin-overview.png', fullPage: true });
  });

  it('fits a phone: the overview, its chart and tables stay within 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('figure', { name: 'Osallistujat ja suorittaneet maakunnittain' }).waitFor();
    expect(await contentRight(page)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('charts the finished cohort: modules, organisations, enrolment states and progress over time', async () => {
    await page.getByRole('link', { name: 'KEINO-akatemia 2025–2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'KEINO-akatemia 2025–2026' }).waitFor();
    for (const name of [
      'Suoritusaste moduuleittain',
      'Organisaatioittain',
      'Ilmoittautumisten tilat',
      'Edistyminen ajan mittaan',
    ]) {
      await page.getByRole('figure', { name }).waitFor();
      expect(await paintedPixels(page, name)).toBeGreaterThan(500);
    }
    for (const summary of await page.getByText('Näytä luvut taulukkona').all()) await summary.click();
    expect(await cells(page, 'Ilmoittautumisten tilat')).toEqual([
      ['Odottaa hyväksyntää', '0'],
      ['Jonossa', '0'],
      ['Käynnissä', '2'],
      ['Suoritettu', '6'],
      ['Peruttu', '0'],
    ]);
    const progress = await cells(page, 'Edistyminen ajan mittaan');
    expect(progress.length).toBeGreaterThan(20);
    expect(progress[0].slice(1)).toEqual(['0', '0']);
    expect(progress.at(-1)?.[2]).toBe('6');
    // Cumulative: never falls from one week to the next.
    const activities = progress.map((r) => number(r[1]));
    expect(activities.every((n, i) => i === 0 || n >= activities[i - 1])).toBe(true);
    expect(activities.at(-1)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The charts and their open tables fit a phone.
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await contentRight(page)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says when a cohort that has not started has no progress to chart yet', async () => {
    await page.goto(`${baseUrl()}/admin/overview`);
    await page.getByRole('link', { name: 'KEINO-akatemia 2027, kevät' }).click();
    await page.getByRole('figure', { name: 'Ilmoittautumisten tilat' }).waitFor();
    await page.getByText('Kaavio näkyy, kun toteutus on alkanut ja ollut käynnissä yli päivän.').waitFor();
    expect(await page.getByRole('figure', { name: 'Edistyminen ajan mittaan' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

// Heikki, the change agent of Pirkanmaa and Keski-Suomi (demo data): his regions' totals on the region page.
describe('a change agent’s regions across cohorts', () => {
  it('charts his regions only, with the figures in a table', async () => {
    const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openAs(page, 'agent@keino.example', '/region');
    const chart = 'Osallistujat ja suorittaneet maakunnittain';
    await page.getByRole('figure', { name: chart }).waitFor();
    expect(await paintedPixels(page, chart)).toBeGreaterThan(500);
    await page.getByText('Näytä luvut taulukkona').click();
    const regions = await cells(page, chart);
    expect(regions.map((r) => r[0])).toEqual(['Pirkanmaa', 'Keski-Suomi']);
    const participants = number(
      (await page
        .locator('dt', { hasText: /^Osallistujia$/ })
        .locator('+ dd')
        .textContent()) ?? '',
    );
    expect(regions.reduce((sum, r) => sum + number(r[1]), 0)).toBe(participants);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
