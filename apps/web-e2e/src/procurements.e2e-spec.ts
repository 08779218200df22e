import { axeViolations, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// Kaisa, Tampere's coordinator (demo data), records a procurement in the register with an impact indicator and two
// measurements; then the admin reads the national innovation report with its target line. The procurement has a
// unique title; nothing else changes.

const unique = Date.now().toString(36);
const title = `Sähköbussien latausasemat ${unique}`;

describe('the procurement register and the innovation report', () => {
  it('lets a coordinator record a procurement, an indicator and two measurements', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'coordinator', at: '/learning' });
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Hankinnat' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hankintarekisteri' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Kirjaa hankinta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kirjaa hankinta' }).waitFor();
    await page.getByLabel('Nimi').fill(title);
    // A code of no CPV division is refused in the browser by the server's own rule.
    await page.getByLabel('CPV-koodi').fill('99000000-1');
    await page.getByLabel('Arvo (€)').fill('850000');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Anna CPV-koodi muodossa 45000000-7').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('CPV-koodi').fill('31681500-8');
    await page.getByLabel('Uutuus').selectOption({ label: 'Markkinoille uusi' });
    await page.getByLabel('Vaihe').selectOption({ label: 'Sopimus tehty' });
    await page.getByLabel('Ilmasto').check();
    await page.getByLabel('Markkinavuoropuhelu käyty').check();
    await page.getByRole('button', { name: 'Tallenna' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Hankinnalla ei vielä ole mittareita.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Mittarin nimi').fill('Dieselin kulutus');
    await page.getByLabel('Yksikkö').fill('l/v');
    await page.getByLabel('Suunta').selectOption({ label: 'Laskee' });
    await page.getByLabel('Lähtötaso').fill('100000');
    await page.getByLabel('Tavoite', { exact: true }).fill('20000');
    await page.getByRole('button', { name: 'Lisää mittari' }).click();
    const indicator = page.getByRole('region', { name: 'Dieselin kulutus' });
    await indicator.getByText('Ei vielä mittauksia.').waitFor();

    // Progress after each: (80 000 − 100 000) / (20 000 − 100 000) = 25 %, then (40 000 − 100 000) / … = 75 %.
    for (const [day, value, percent] of [
      ['2026-06-30', '80000', 25],
      ['2027-06-30', '40000', 75],
    ]) {
      await indicator.getByLabel('Mittauspäivä').fill(String(day));
      await indicator.getByLabel('Arvo', { exact: true }).fill(String(value));
      await indicator.getByRole('button', { name: 'Lisää mittaus' }).click();
      await indicator.getByText(`Edistyminen kohti tavoitetta: ${percent} %.`).waitFor();
    }
    await indicator.locator('app-chart canvas').waitFor();
    await indicator.locator('summary').click();
    await indicator.getByRole('cell', { name: /^40\s000$/ }).waitFor();
    await indicator.getByRole('rowheader', { name: '30.6.2027' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the admin the year’s innovation figures against the 10 % target, with tables', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'admin', at: '/procurements/report' });
    await page.getByRole('heading', { level: 1, name: 'Innovatiiviset hankinnat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Luvut \d{4}$/ }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Innovatiivisten osuus vuosittain ja tavoite' })
      .waitFor();
    await page.locator('app-chart canvas').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Organisaatioittain' }).waitFor();
    await page
      .getByRole('cell', { name: 'Tampereen kaupunki' })
      .or(page.getByRole('rowheader', { name: 'Tampereen kaupunki' }))
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Lataa CSV' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
