import { Dialog, Page } from 'playwright-core';

import { axeViolations, baseUrl, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

/** Waits for the next dialog of the page, answers it, and tells what it was. */
function nextDialog(page: Page, accept: boolean): Promise<{ type: string; message: string }> {
  return new Promise((resolve, reject) => {
    const none = setTimeout(() => reject(new Error('no dialog within 10 s')), 10_000);
    page.once('dialog', (dialog: Dialog) => {
      clearTimeout(none);
      const seen = { type: dialog.type(), message: dialog.message() };
      void (accept ? dialog.accept() : dialog.dismiss()).then(() => resolve(seen));
    });
  });
}

// Text typed and not saved is not lost without a word: leaving inside the app asks first, and so does the browser on
// a reload or a closed tab. Before: the case editor, the course editor and the assignment editor let it go silently.
// Nothing is saved here.
describe('leaving with unsaved work', () => {
  it('asks before leaving a case with unsaved text, and keeps the text when the answer is to stay', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'participant', at: '/cases/new' });
    await page.getByLabel('Otsikko').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Nothing typed: leaving asks nothing.
    const nav = page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Hankintaesimerkit' });
    await nav.click();
    await page.getByRole('heading', { level: 1, name: 'Hankintaesimerkit' }).waitFor();

    await page.goto(`${baseUrl()}/cases/new`);
    await page.getByLabel('Otsikko').fill('Kesken jäänyt kirjoitus');
    const stay = nextDialog(page, false);
    await nav.click();
    expect(await stay).toMatchObject({
      type: 'confirm',
      message: expect.stringContaining('tallentamattomia muutoksia'),
    });
    expect(page.url()).toMatch(/\/cases\/new$/);
    expect(await page.getByLabel('Otsikko').inputValue()).toBe('Kesken jäänyt kirjoitus');

    // The browser asks too, before a reload.
    const reload = nextDialog(page, true);
    void page.reload();
    expect((await reload).type).toBe('beforeunload');

    await page.getByLabel('Otsikko').fill('Toinen yritys');
    const leave = nextDialog(page, true);
    await nav.click();
    await leave;
    await page.getByRole('heading', { level: 1, name: 'Hankintaesimerkit' }).waitFor();
  });

  it('asks before leaving the course editor with a change not saved', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'trainer', at: '/teaching/courses' });
    page.setDefaultTimeout(10_000);
    await page.getByRole('heading', { level: 1, name: 'Kurssini' }).waitFor();
    await page.getByRole('link', { name: 'Hankintojen vaikuttavuuden johtaminen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    const name = page.getByLabel('Kurssin nimi');
    await page.waitForFunction(() => (document.querySelector('#course-title') as HTMLInputElement | null)?.value);
    const original = await name.inputValue();
    await name.press('End');
    await page.keyboard.type(' (muokattu)');
    const stay = nextDialog(page, false);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Opetus' }).click();
    expect((await stay).message).toContain('tallentamattomia muutoksia');
    expect(page.url()).toMatch(/\/teaching\/courses\/[0-9a-f-]{36}$/);
    expect(await name.inputValue()).toBe(`${original} (muokattu)`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
