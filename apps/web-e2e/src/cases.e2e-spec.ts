import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// Maija, Tampere's procurement manager (demo data), uses the case library: she finds a school-meal case by an
// inflected Finnish word and a theme, comments on it, then writes her own case, is told what is missing before it
// can be published, completes it, publishes it and finds it. Her case has a unique title; nothing else changes.

const unique = Date.now().toString(36);
const title = `Sähköpotkulautojen kokeilu ${unique}`;
const comment = `Kiitos esimerkistä! Kysyn lisää sähköpostilla. (${unique})`;

describe('the procurement case library', () => {
  let context: BrowserContext;
  let page: Page;

  const noSidewaysScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  /** Focus moves after the errors render: waits until the element with this id has it. */
  const focusMovesTo = (id: string) =>
    page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5000 });

  beforeAll(async () => {
    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({
      ...FINNISH,
      keep: true,
      as: 'manager@keino.example',
      at: '/learning',
    }));
    await page.getByRole('heading', { level: 1, name: 'Oma oppiminen' }).waitFor();
  });
  afterAll(() => context.close());

  it('searches with an inflected word and a theme, and shows the match highlighted', async () => {
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Hankintaesimerkit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hankintaesimerkit' }).waitFor();
    const results = page.getByRole('list', { name: 'Hakutulokset' }).locator(':scope > li');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThanOrEqual(8);
    expect(await axeViolations(page)).toEqual([]);

    // "kouluruokailussa" (in school meals) finds the case that says "kouluruokailun".
    await page.getByLabel('Hakusanat').fill('kouluruokailussa');
    await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Ilmasto' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Hankintaesimerkkejä: 1\s*$/ })
      .waitFor();
    const card = results.filter({ hasText: 'Kouluruokailun elintarvikkeet ilmastokriteerein' });
    expect(await results.count()).toBe(1);
    expect(await card.locator('mark').first().textContent()).toMatch(/kouluruokailu/i);
    expect(await card.getByText('Oulun kaupunki').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/cases-library.png', fullPage: true });

    // The same word with another theme finds nothing, and says so.
    await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Digitalisaatio' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByText('Yksikään esimerkki ei vastannut hakua.').waitFor();
    await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Ilmasto' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await card.getByRole('link').click();
  });

  it('opens the case and comments on it', async () => {
    await page
      .getByRole('heading', { level: 1, name: 'Kouluruokailun elintarvikkeet ilmastokriteerein' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kestävyyskriteerit' }).waitFor();
    await page.getByText('Avoin menettely').waitFor();
    await page.getByRole('link', { name: 'riikka.ruokonen@ouka.example' }).waitFor();
    const comments = page.getByRole('list', { name: /Kommentit/ }).getByRole('listitem');
    await comments.first().waitFor();
    const before = await comments.count();
    // Another organisation's case: she reads and comments, but does not edit.
    expect(await page.getByRole('link', { name: 'Muokkaa' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/case.png', fullPage: true });

    await page.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await page.getByText('Kirjoita kommentti ennen lähettämistä.').waitFor();
    await focusMovesTo('comment-body');
    await page.getByRole('textbox', { name: 'Kirjoita kommentti' }).fill(comment);
    await page.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await page.getByRole('status').filter({ hasText: 'Kommenttisi on lisätty.' }).waitFor();
    expect(await comments.count()).toBe(before + 1);
    await comments.filter({ hasText: comment }).getByText('Maija Hankintapäällikkö').waitFor();
    expect(await page.getByRole('textbox', { name: 'Kirjoita kommentti' }).inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('comes back to the same search with the browser’s Back', async () => {
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Hankintaesimerkit' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Hankintaesimerkkejä: 1\s*$/ })
      .waitFor();
    expect(await page.getByLabel('Hakusanat').inputValue()).toBe('kouluruokailussa');
    expect(page.url()).toContain('theme=climate');
    await page.goForward();
    await page
      .getByRole('heading', { level: 1, name: 'Kouluruokailun elintarvikkeet ilmastokriteerein' })
      .waitFor();
  });

  it('writes a case, is told what is missing to publish, completes it, publishes and finds it', async () => {
    await page.getByRole('link', { name: '← Hankintaesimerkit' }).click();
    await page.getByRole('link', { name: 'Kirjoita esimerkki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kirjoita hankintaesimerkki' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Nothing at all: the title is asked for before anything is sent.
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page.getByText('Kirjoita otsikko.').waitFor();
    await focusMovesTo('case-title');

    // A title and a malformed CPV code: the code is refused at its field.
    await page.getByLabel('Otsikko').fill(title);
    await page.getByLabel('CPV-koodi').fill('3443000-0');
    await page.getByRole('button', { name: 'Julkaise' }).click();
    await page.getByText(/Kirjoita CPV-koodi muodossa/).waitFor();
    await focusMovesTo('case-cpvCode');

    // A valid code, and the server says what is still missing; the draft is saved meanwhile.
    await page.getByLabel('CPV-koodi').fill('34430000-0');
    await page.getByRole('button', { name: 'Julkaise' }).click();
    await page.getByRole('alert').filter({ hasText: 'Luonnos tallennettiin' }).waitFor();
    expect(await page.getByText('Täytä tämä ennen julkaisua.').count()).toBe(4);
    await focusMovesTo('case-summary');
    for (const label of ['Tiivistelmä', 'Mitä hankittiin', 'Tulokset ja vaikutukset']) {
      expect(await page.getByLabel(label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(await page.url()).toMatch(/\/cases\/[0-9a-f-]{36}\/edit$/);
    expect(await page.getByLabel('Otsikko').inputValue()).toBe(title);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Hankintamenettely').selectOption({ label: 'Dynaaminen hankintajärjestelmä' });
    await page
      .getByLabel('Tiivistelmä')
      .fill('Tampere kokeili sähköpotkulautoja kotihoidon lyhyillä siirtymillä keskustassa.');
    await page
      .getByLabel('Mitä hankittiin')
      .fill('40 sähköpotkulautaa huoltoineen ja latauskaappeineen vuodeksi.');
    await page.getByLabel('Kestävyyskriteerit').fill('Vaihdettavat akut ja akkujen kierrätys sopimusehtona.');
    await page
      .getByLabel('Tulokset ja vaikutukset')
      .fill('Autoajoa korvattiin noin 6 000 kilometriä kuukaudessa.');
    await page.getByRole('checkbox', { name: 'Ilmasto' }).check();
    await page.getByRole('checkbox', { name: 'Innovaatiot' }).check();
    await page.getByLabel('Yhteyshenkilö', { exact: true }).fill('Maija Hankintapäällikkö');
    await page.getByLabel('Yhteyshenkilön sähköposti').fill('manager@keino.example');
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page.getByRole('status').filter({ hasText: 'Tallennettu.' }).waitFor();
    expect(await page.getByText('Täytä tämä ennen julkaisua.').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/case-editor.png', fullPage: true });

    await page.getByRole('button', { name: 'Julkaise' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/Julkaistu \d+\.\d+\.\d{4}/).waitFor();
    await page.getByText('Dynaaminen hankintajärjestelmä').waitFor();
    expect(await page.getByRole('link', { name: 'Muokkaa' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '← Hankintaesimerkit' }).click();
    await page.getByLabel('Hakusanat').fill(`sähköpotkulauta ${unique}`);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Hankintaesimerkkejä: 1\s*$/ })
      .waitFor();
    await page.getByRole('list', { name: 'Hakutulokset' }).getByRole('link', { name: title }).waitFor();
  });

  it('shows the organisation’s drafts to its people', async () => {
    // The view keeps the search words and filters: cleared, it shows all the drafts.
    await page.getByLabel('Hakusanat').fill('');
    await page.getByRole('button', { name: 'Oman organisaation luonnokset' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Luonnoksia: \d+/ })
      .waitFor();
    await page.getByRole('link', { name: 'Kaupunkipyörien palvelu – luonnos' }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits 360 px on the library, a case and the editor', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Julkaistut esimerkit' }).click();
    const first = page.getByRole('list', { name: 'Hakutulokset' }).getByRole('link').first();
    await first.waitFor();
    await noSidewaysScroll();
    await first.click();
    await page.getByRole('heading', { level: 2, name: 'Mitä hankittiin' }).waitFor();
    await noSidewaysScroll();
    await page.goto(`${baseUrl()}/cases/new`);
    await page.getByRole('heading', { level: 1, name: 'Kirjoita hankintaesimerkki' }).waitFor();
    await noSidewaysScroll();
  });
});
