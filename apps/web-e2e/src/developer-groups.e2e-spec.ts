import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// The zero-emission construction sites group (demo data): Tampere's coordinator asks to join, the group's
// facilitator approves, Tampere's procurement manager starts a thread and the coordinator replies; a supplier
// without an account registers for the group's open market dialogue on a phone.

const unique = Date.now().toString(36);
const title = `Latausinfran kokemuksia ${unique}`;
const GROUP = 'Päästöttömät työmaat';

describe('a developer group, from a request to join to a supplier’s registration', () => {
  const opened: BrowserContext[] = [];
  let dialogueUrl = '';

  afterAll(() => Promise.all(opened.map((c) => c.close())));

  async function pageAs(who: string, width = 1280): Promise<Page> {
    const { context, page } = await chrome.newPage({
      ...FINNISH,
      keep: true,
      viewport: { width, height: 900 },
      as: who,
      at: '/developer-groups',
    });
    opened.push(context);
    await page.getByRole('heading', { level: 1, name: 'Kehittäjäryhmät' }).waitFor();
    return page;
  }

  async function openGroup(page: Page): Promise<void> {
    await page.getByRole('link', { name: GROUP }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
  }

  it('lets a coordinator ask to join for their organisation', async () => {
    const page = await pageAs('coordinator@keino.example');
    expect(await axeViolations(page)).toEqual([]);
    await openGroup(page);
    await page.getByText('Keskustelut, dokumentit ja tapahtumat näkyvät vain').waitFor();
    await page
      .getByLabel('Viesti fasilitaattorille (valinnainen)')
      .fill('Tampere rakentaa kaksi päästötöntä työmaata.');
    await page.getByRole('button', { name: 'Pyydä organisaatiolle jäsenyyttä' }).click();
    await page.getByRole('status').filter({ hasText: 'odottaa fasilitaattorin päätöstä' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the facilitator approve it, and shows them the open market dialogue', async () => {
    const page = await pageAs('trainer@keino.example');
    await openGroup(page);
    await page.getByRole('button', { name: 'Hyväksy: Tampereen kaupunki' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^\s*Tampereen kaupunki/ })
      .first()
      .waitFor();
    await page.getByText('Ei odottavia pyyntöjä.').waitFor();
    const link = page.getByRole('link', { name: 'Julkinen sivu ja ilmoittautuminen' });
    dialogueUrl = (await link.getAttribute('href')) ?? '';
    expect(dialogueUrl).toMatch(/^\/events\//);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a member start a thread and another reply to it', async () => {
    const manager = await pageAs('manager@keino.example');
    await openGroup(manager);
    await manager.getByRole('heading', { level: 2, name: 'Keskustelu' }).waitFor();
    await manager.getByLabel('Otsikko').fill(title);
    await manager
      .getByLabel('Viesti', { exact: true })
      .fill('Miten latauspisteet on mitoitettu talvityömailla?');
    await manager.getByRole('button', { name: 'Aloita' }).click();
    await manager.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await axeViolations(manager)).toEqual([]);

    const coordinator = await pageAs('coordinator@keino.example');
    await openGroup(coordinator);
    await coordinator.getByRole('link', { name: title }).click();
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    await coordinator.getByLabel('Vastaa').fill('Meillä 150 kW:n pikalaturi riitti kahdelle koneelle.');
    await coordinator.getByRole('button', { name: 'Lähetä' }).click();
    const posts = coordinator.getByRole('list', { name: 'Viestit' }).locator(':scope > li');
    await posts.nth(1).getByText('150 kW:n pikalaturi').waitFor();
    expect(await posts.count()).toBe(2);
    expect(await axeViolations(coordinator)).toEqual([]);
  });

  it('lets a supplier register without an account, on a phone', async () => {
    const { context, page } = await chrome.newPage({
      ...FINNISH,
      keep: true,
      viewport: { width: 360, height: 740 },
    });
    opened.push(context);
    await page.goto(`${baseUrl()}${dialogueUrl}`);
    await page.getByRole('heading', { level: 1, name: /Markkinavuoropuhelu/ }).waitFor();
    await page.getByText('poistetaan vuoden kuluttua tilaisuudesta').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Nimi').fill('Tiina Toimittaja');
    await page.getByLabel('Yritys').fill('Latausratkaisut Oy');
    await page.getByLabel('Y-tunnus').fill('1234567-8');
    await page.getByLabel('Sähköposti').fill(`tiina-${unique}@latausratkaisut.example`);
    await page.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
    // The Y-tunnus's check digit is wrong and consent is missing: nothing is sent.
    await page.getByText('Anna voimassa oleva Y-tunnus').waitFor();
    await page.getByLabel('Y-tunnus').fill('0245437-2');
    await page.getByLabel('Olen lukenut tietosuojaselosteen').check();
    await page.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
    await page.getByRole('heading', { name: 'Kiitos ilmoittautumisesta' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
  });
});
