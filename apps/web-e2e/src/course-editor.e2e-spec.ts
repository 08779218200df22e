import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Timo, a trainer (demo data), writes a new course of his own: modules, activities, a page in the rich-text
// editor, a new order chosen by keyboard, a preview, and publication as version 1.
describe('a trainer writes a course', () => {
  let context: BrowserContext;
  let page: Page;
  const title = `Vaikuttavuuden mittaaminen ${Date.now().toString(36)}`;

  beforeAll(async () => {
    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({ keep: true }));
  });
  afterAll(() => context.close());

  const status = () => page.locator('p.announcement[role=status]');
  const saved = (text: string) => status().filter({ hasText: text }).waitFor();

  it('finds My courses in the teaching area and creates a draft', async () => {
    await openAs(page, 'trainer@keino.example', '/teaching');
    await page.getByRole('heading', { level: 1, name: 'Vetämäni toteutukset' }).waitFor();
    await page.getByRole('navigation', { name: 'Opetus' }).getByRole('link', { name: 'Kurssini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kurssini' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uusi kurssi' }).waitFor();
    await page.waitForSelector('text=Ladataan…', { state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);

    // A title is required: the form says so and keeps the focus there.
    await page.getByRole('button', { name: 'Luo kurssi' }).click();
    await page.getByText('Anna kurssille vähintään kahden merkin nimi.').waitFor();
    await page.getByLabel('Kurssin nimi').fill(title);
    await page.getByLabel('Kuvaus').fill('Miten hankintojen vaikuttavuutta mitataan ja seurataan.');
    await page.getByRole('button', { name: 'Luo kurssi' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toMatch(/\/teaching\/courses\/[0-9a-f-]{36}$/);
    expect(await page.getByText('Luonnos', { exact: true }).count()).toBe(1);
  });

  it('adds two modules; publishing without a required activity is refused with a clear message', async () => {
    for (const name of ['Perusteet', 'Syventävä osa']) {
      await page.getByRole('button', { name: 'Lisää moduuli' }).click();
      await page.getByLabel('Moduulin nimi').fill(name);
      await page.getByRole('button', { name: 'Tallenna moduuli' }).click();
      await saved(`Moduuli ${name} lisätty.`);
    }
    await page.getByRole('button', { name: 'Julkaise versio 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Julkaistaanko versio 1?' });
    await dialog.getByRole('button', { name: 'Julkaise versio 1' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Kurssia ei voi julkaista: siinä on oltava vähintään yksi pakollinen tehtävä.' })
      .waitFor();
  });

  it('writes a page in the rich-text editor and adds a link and a workshop', async () => {
    await page.getByRole('button', { name: 'Lisää tehtävä: Perusteet' }).click();
    await page.getByLabel('Tehtävän nimi').fill('Mittarit johtamisen tukena');
    expect(await page.getByLabel('Pakollinen suoritukseen').isChecked()).toBe(true);
    const text = page.getByRole('textbox', { name: 'Sisältö' });
    await text.click();
    await page.keyboard.type('Miksi mitata');
    const toolbar = page.getByRole('toolbar', { name: 'Tekstin muotoilu' });
    // A toolbar button hands focus back to the editor a moment after the click; typing before that (a busy machine)
    // would lose the first letters, so each format waits for the editor's focus.
    const format = async (name: string) => {
      await toolbar.getByRole('button', { name, exact: true }).click();
      await page.waitForFunction(() => document.activeElement?.closest('[contenteditable="true"]') != null);
    };
    await format('Otsikko');
    expect(
      await toolbar.getByRole('button', { name: 'Otsikko', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hyvä mittari on ');
    await format('Lihavointi');
    await page.keyboard.type('yksinkertainen');
    await format('Lihavointi');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await format('Luettelo');
    await page.keyboard.type('Tavoite');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Seuranta');
    expect(
      await toolbar.getByRole('button', { name: 'Luettelo', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/course-editor.png', fullPage: true });
    await page.getByRole('button', { name: 'Tallenna tehtävä' }).click();
    await saved('Tehtävä Mittarit johtamisen tukena lisätty.');

    await page.getByRole('button', { name: 'Lisää tehtävä: Perusteet' }).click();
    await page.getByLabel('Tehtävän tyyppi').selectOption({ label: 'Linkki' });
    await page.getByLabel('Tehtävän nimi').fill('Webinaarin tallenne');
    await page.getByLabel('Pakollinen suoritukseen').uncheck();
    await page.getByLabel('Aineiston osoite').fill('https://example.org/webinaari');
    await page.getByRole('button', { name: 'Tallenna tehtävä' }).click();
    await saved('Tehtävä Webinaarin tallenne lisätty.');

    await page.getByRole('button', { name: 'Lisää tehtävä: Syventävä osa' }).click();
    await page.getByLabel('Tehtävän tyyppi').selectOption({ label: 'Lähipäivä' });
    await page.getByLabel('Tehtävän nimi').fill('Mittaripaja');
    await page.getByLabel('Alkaa').fill('2027-02-10T09:00');
    await page.getByLabel('Paikka tai verkkotapaamisen linkki').fill('Tampere-talo');
    await page.getByRole('button', { name: 'Tallenna tehtävä' }).click();
    await saved('Tehtävä Mittaripaja lisätty.');

    // Editing opens the saved values, the page's rich text included.
    await page.getByRole('button', { name: 'Muokkaa: Mittaripaja' }).click();
    expect(await page.getByLabel('Paikka tai verkkotapaamisen linkki').inputValue()).toBe('Tampere-talo');
    await page.getByLabel('Paikka tai verkkotapaamisen linkki').fill('Tampere-talo, sali A');
    await page.getByRole('button', { name: 'Tallenna tehtävä' }).click();
    await saved('Tallennettu.');
    await page.getByRole('button', { name: 'Muokkaa: Mittarit johtamisen tukena' }).click();
    await page.getByRole('textbox', { name: 'Sisältö' }).getByText('Miksi mitata').waitFor();
    await page.getByRole('button', { name: 'Peruuta' }).click();
  });

  it('reorders modules and activities by keyboard, announcing each new place', async () => {
    await page.getByRole('button', { name: 'Ylös: Syventävä osa' }).focus();
    await page.keyboard.press('Enter');
    await saved('Moduuli Syventävä osa on nyt sijalla 1 / 2.');
    expect(await page.locator('.editor-module h3').allTextContents()).toEqual([
      '1. Syventävä osa',
      '2. Perusteet',
    ]);
    await page.getByRole('button', { name: 'Alas: Mittarit johtamisen tukena' }).focus();
    await page.keyboard.press('Enter');
    await saved('Tehtävä Mittarit johtamisen tukena on nyt sijalla 2 / 2.');
    // The focus stayed on the pressed button, which now sits at the bottom: it moved to its pair.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Ylös: Mittarit johtamisen tukena',
    );
    // The order is saved: it survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.editor-module h3').allTextContents()).toEqual([
      '1. Syventävä osa',
      '2. Perusteet',
    ]);
    expect(await page.locator('.editor-activity h4').allTextContents()).toEqual([
      'Mittaripaja',
      'Webinaarin tallenne',
      'Mittarit johtamisen tukena',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    // Dragging by the handle saves and announces the same way.
    const handle = page
      .locator('.editor-activity', { hasText: 'Mittarit johtamisen tukena' })
      .locator('.handle');
    const target = page.locator('.editor-activity', { hasText: 'Webinaarin tallenne' });
    await target.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('The activities to drag between are not on the page');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 });
    await page.mouse.up();
    await saved('Tehtävä Mittarit johtamisen tukena on nyt sijalla 1 / 2.');
    expect(await page.locator('.editor-activity h4').allTextContents()).toEqual([
      'Mittaripaja',
      'Mittarit johtamisen tukena',
      'Webinaarin tallenne',
    ]);
  });

  it('previews the course as participants will see it', async () => {
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await page.getByRole('heading', { level: 2, name: '1. Syventävä osa' }).waitFor();
    const content = page.locator('.preview .content');
    expect(await content.locator('h2').textContent()).toBe('Miksi mitata');
    expect(await content.locator('strong').textContent()).toBe('yksinkertainen');
    expect(await content.locator('ul li').allTextContents()).toEqual(['Tavoite', 'Seuranta']);
    expect(
      await page.getByRole('link', { name: 'Avaa aineisto (uusi välilehti)' }).getAttribute('href'),
    ).toBe('https://example.org/webinaari');
    await page.getByText('Tampere-talo, sali A').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Kurssin tiedot' }).waitFor();
  });

  it('publishes version 1 after confirming, and lists it with who published it', async () => {
    await page.getByRole('button', { name: 'Julkaise versio 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Julkaistaanko versio 1?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Julkaise versio 1' }).click();
    await saved('Versio 1 julkaistu.');
    const row = page.getByRole('table').getByRole('row').nth(1);
    await row.getByRole('rowheader', { name: '1' }).waitFor();
    expect(await row.getByRole('cell').last().textContent()).toBe('Timo Kouluttaja');
    // Nothing changed since version 1: no version 2 to publish, and the course reads as published.
    await page.getByText('Versio 1 on ajan tasalla', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Julkaise versio 2' }).count()).toBe(0);
    expect((await page.locator('.meta .badge').textContent())?.trim()).toBe('Julkaistu');
    expect(await axeViolations(page)).toEqual([]);

    // After an edit the draft differs from version 1: it says so, and version 2 is offered.
    await page
      .getByLabel('Kuvaus')
      .fill('Miten hankintojen vaikuttavuutta mitataan, seurataan ja raportoidaan.');
    await page.getByRole('button', { name: 'Tallenna tiedot' }).click();
    await page.getByRole('button', { name: 'Julkaise versio 2' }).waitFor();
    expect((await page.locator('.meta .badge').textContent())?.trim()).toBe(
      'Julkaistu, muutoksia julkaisematta',
    );
    // A reload reads the same from the server's times.
    await page.reload();
    await page.getByRole('button', { name: 'Julkaise versio 2' }).waitFor();
    expect((await page.locator('.meta .badge').textContent())?.trim()).toBe(
      'Julkaistu, muutoksia julkaisematta',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the course as published in My courses', async () => {
    await page.getByRole('link', { name: '← Kurssini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kurssini' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await card.waitFor();
    expect(await card.getByText('Julkaistu', { exact: true }).count()).toBe(1);
    expect(await card.getByText('julkaistu versio 1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/my-courses.png', fullPage: true });
  });
});
