import { axeViolations, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Timo (demo data) opens the running cohort's room. Before: the page was titled "Toteutuksen eteneminen" whatever the
// cohort, when the wide grid scrolled sideways the participants' column lost its header, and attendance was offered
// for the workshop still ahead (Lähipäivä 4 meets in the coming weeks in the demo). Reads only.
describe('the trainer’s cohort room', () => {
  it('is named after its cohort, and keeps the names and their header in view when the grid scrolls sideways', async () => {
    const context = await chrome.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await openAs(page, 'trainer@keino.example', '/teaching');
    await page.getByRole('link', { name: 'KEINO-akatemia 2026–2027' }).click();
    await page.getByRole('heading', { level: 1, name: 'KEINO-akatemia 2026–2027' }).waitFor();
    await page.getByText('Hankintojen vaikuttavuuden johtaminen', { exact: false }).first().waitFor();
    await page.getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const region = page.getByRole('region', { name: 'Edistyminen tehtävittäin' });
    await region.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      el.scrollLeft = el.scrollWidth;
    });
    const layout = await region.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const header = el.querySelector('thead th') as HTMLElement;
      const name = el.querySelector('tbody th') as HTMLElement;
      const headerBox = header.getBoundingClientRect();
      const nameBox = name.getBoundingClientRect();
      const atName = document.elementFromPoint(nameBox.left + 5, nameBox.top + nameBox.height / 2);
      const atHeader = document.elementFromPoint(headerBox.left + 5, headerBox.top + headerBox.height / 2);
      return {
        scrolled: el.scrollLeft,
        headerLeft: Math.round(headerBox.left - box.left),
        nameLeft: Math.round(nameBox.left - box.left),
        nameOnTop: !!atName && name.contains(atName),
        headerOnTop: !!atHeader && header.contains(atHeader),
      };
    });
    expect(layout.scrolled).toBeGreaterThan(100);
    // Within the box's border, both at its left edge, neither covered by the cells that scrolled under them.
    expect(layout).toMatchObject({ nameOnTop: true, headerOnTop: true });
    for (const left of [layout.headerLeft, layout.nameLeft]) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left).toBeLessThanOrEqual(2);
    }

    // A workshop that has not begun offers no attendance to record; one that has, does.
    const columns = await page.locator('table.grid thead th').allTextContents();
    const future = columns.findIndex(
      (c) => c.trim() === 'Lähipäivä 4: Vaikuttavuuden mittaaminen käytännössä',
    );
    const past = columns.findIndex((c) => c.trim() === 'Lähipäivä 1: Strategia ja hankintojen tavoitteet');
    expect(future).toBeGreaterThan(0);
    const cells = (i: number) => page.locator(`table.grid tbody tr td:nth-child(${i + 1})`);
    expect(await cells(future).locator('input[type=checkbox]').count()).toBe(0);
    expect(
      await cells(future)
        .filter({ hasText: /^\s*pidetään \d{1,2}\.\d{1,2}\.20\d\d\s*$/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(await cells(past).locator('input[type=checkbox]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
