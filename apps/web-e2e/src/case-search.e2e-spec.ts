import { Page } from 'playwright-core';

import { axeViolations, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// The library's search as people type it (demo data): inflected Finnish, a theme's name, a word of another language,
// and a filter that applies when it is chosen. Before: "hankinta" found 3 of 8, "hankintojen", "ilmasto",
// "upphandling" and "procurement" none, and a filter waited for the search button. Reads only.
describe('case search in every language', () => {
  const results = (page: Page) => page.getByRole('list', { name: 'Hakutulokset' }).locator(':scope > li');
  const titles = async (page: Page) =>
    (await results(page).locator('h2, h3').allTextContents()).map((title) => title.trim());

  /** Searches and waits until the page shows the API's answer (its count and its first title). */
  async function searchFor(page: Page, words: string): Promise<string[]> {
    await page.getByLabel('Hakusanat').fill(words);
    const answer = page.waitForResponse(
      (r) => r.url().includes('/api/cases?') && new URL(r.url()).searchParams.get('q') === words,
    );
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    const body = (await (await answer).json()) as { total: number; items: { title: string }[] };
    expect(body.total).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`Hankintaesimerkkejä: ${body.total}\\b`) })
      .waitFor();
    await results(page).first().filter({ hasText: body.items[0].title }).waitFor();
    return titles(page);
  }

  it('finds by inflected words, themes’ names and other languages, and filters as soon as one is chosen', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'participant', at: '/cases' });
    await page.getByRole('heading', { level: 1, name: 'Hankintaesimerkit' }).waitFor();
    await results(page).first().waitFor();

    const hankinta = await searchFor(page, 'hankinta');
    expect(hankinta.length).toBeGreaterThanOrEqual(5);
    expect(hankinta).toContain('Pienhankintojen paikallinen markkinavuoropuhelu');
    expect((await searchFor(page, 'hankintojen')).length).toBeGreaterThanOrEqual(5);
    // A snippet starts at the summary's first word or after "…", never inside a word.
    for (const snippet of await results(page).locator('.snippet').allTextContents()) {
      expect(snippet.trim()).toMatch(/^(… \S|[A-ZÅÄÖ0-9])/u);
    }
    expect(await results(page).locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    const climate = await searchFor(page, 'ilmasto');
    expect(climate).toEqual(
      expect.arrayContaining([
        'Carbon-handprint criteria in road maintenance contracts',
        'Elbilar för hemvården genom ett dynamiskt inköpssystem',
        'Kouluruokailun elintarvikkeet ilmastokriteerein',
        'Vähähiilinen koulurakennus allianssimallilla',
      ]),
    );
    expect((await searchFor(page, 'upphandling')).length).toBeGreaterThan(0);
    expect((await searchFor(page, 'procurement')).length).toBeGreaterThan(0);

    // Choosing a theme searches at once, with the words still in the field.
    await searchFor(page, 'ilmasto');
    await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Kiertotalous' });
    await page.waitForURL((url) => url.searchParams.get('theme') === 'circular_economy');
    await page.getByText('Yksikään esimerkki ei vastannut hakua.').waitFor();
    await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Ilmasto' });
    // Four demo cases carry the climate theme (a case written by another journey may add one).
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Hankintaesimerkkejä: [4-9]\s*$/ })
      .waitFor();
    await results(page).filter({ hasText: 'Elbilar för hemvården' }).waitFor();
    expect(await page.getByLabel('Hakusanat').inputValue()).toBe('ilmasto');
    expect(await axeViolations(page)).toEqual([]);
  });
});
