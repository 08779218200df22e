import { Page } from 'playwright-core';

import { axeViolations, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

// The next cohort's call (demo data): Sanna, Tampere's coordinator, finishes and submits her organisation's draft in
// Swedish; Timo, a trainer named reviewer, scores it; Anna, the admin, sees it ranked and accepts it.

const CALL = 'Haku KEINO-akatemiaan 2027, kevät';
const TAMPERE = 'Tampereen kaupunki';

async function openCall(page: Page): Promise<void> {
  await page.getByRole('link', { name: CALL }).first().click();
  await page.getByRole('heading', { level: 1, name: CALL }).waitFor();
}

describe('a call for applications: apply, review, decide', () => {
  it('lets a coordinator finish and submit the application in Swedish, told what is missing', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'coordinator', at: '/' });
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Öppna ansökningar' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openCall(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Fortsätt ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: `Ansökan: ${TAMPERE}` }).waitFor();
    const missing = page.getByRole('heading', { level: 2, name: 'Saknas ännu innan ansökan kan lämnas in' });
    await missing.waitFor();
    expect(await page.getByText('Team (minst en medlem)').count()).toBe(1);
    const submit = page.getByRole('button', { name: 'Lämna in ansökan' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByLabel('Motivering och ledningens åtagande')
      .fill('Ledningsgruppen har åtagit sig uppgiften.');
    await page.getByLabel('Den ansvariga chefens namn').fill('Kaija Kunnanjohtaja');
    await page.getByLabel('Den ansvariga chefens befattning').fill('stadsdirektör');
    await page.getByLabel('Den ansvariga chefens e-post').fill('kaija.kunnanjohtaja@tampere.keino.example');
    await page.getByRole('button', { name: 'Lägg till teammedlem' }).click();
    const member = page.getByRole('group', { name: 'Teammedlem 1' });
    // Someone without an account: accepting invites them, so no other journey's cohort changes.
    await member.getByLabel('Namn').fill('Ville Uusi');
    await member.getByLabel('E-post').fill(`ville.uusi.${Date.now().toString(36)}@keino.example`);
    // Saved as she types: nothing is missing once the last save has answered.
    await page.getByRole('status').filter({ hasText: 'Alla ändringar har sparats.' }).waitFor();
    await missing.waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await submit.click();
    await page.getByText('Inlämnad', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Lämna in ansökan' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a trainer named reviewer score it against every criterion', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'trainer', at: '/calls' });
    await page.getByRole('heading', { level: 1, name: 'Haut akatemiaan' }).waitFor();
    await openCall(page);
    await page.getByRole('link', { name: TAMPERE }).click();
    await page.getByRole('heading', { level: 1, name: `Hakemus: ${TAMPERE}` }).waitFor();
    const form = page.getByRole('form', { name: 'Arviointilomake' });
    await form.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const scores = ['4', '5', '4', '3'];
    const selects = form.getByRole('combobox');
    for (let i = 0; i < scores.length; i++) await selects.nth(i).selectOption(scores[i]);
    await form.getByLabel('Perustelu').fill('Selkeä tehtävä ja sitoutunut johto.');
    await form.getByRole('button', { name: 'Tallenna arvio' }).click();
    await page.getByRole('status').filter({ hasText: 'Arvio tallennettu.' }).waitFor();
    // (4·3 + 5·2 + 4·2 + 3·1) / 8 = 33 / 8 = 4.125 → 4,13 (his own review, shown to him as staff).
    await page.getByText('4,13').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/call-review.png', fullPage: true });
  });

  it('lets an admin see the ranking and the spread, and accept the application', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'admin', at: '/calls' });
    await openCall(page);
    await page.getByRole('heading', { level: 2, name: 'Hakemukset pisteiden mukaan' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TAMPERE });
    await row.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Valittujen jakautuminen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await row.getByLabel(`Päätös: ${TAMPERE}`).selectOption('accepted');
    await row.getByRole('button', { name: 'Tallenna päätös' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Päätös tallennettu: ${TAMPERE}.` })
      .waitFor();
    await page.getByRole('row').filter({ hasText: TAMPERE }).filter({ hasText: 'Hyväksytty' }).waitFor();
    await page.getByText('1 / 4').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/call-admin.png', fullPage: true });
  });
});
