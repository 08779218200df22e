import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, FINNISH, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// Maija, the demo manager, sees in the header how many notifications she has not read, opens them and marks one
// read (the count drops). Then the admin opens the outbox, where the emails wait without a mail server, and runs
// the day's reminders. Marking read and running the scan change nothing other specs count.

const UNREAD = /Ilmoitukset, (\d+) lukematta/;

async function signIn(page: Page, email: string, returnUrl = '/'): Promise<void> {
  await openAs(page, email, returnUrl);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
}

describe('notifications and the outbox', () => {
  let context: BrowserContext;
  let page: Page;

  describe('the demo manager', () => {
    beforeAll(async () => {
      ({ context, page } = await chrome.newPage({
        keep: true,
        viewport: { width: 360, height: 800 },
        ...FINNISH,
      }));
      await signIn(page, 'manager@keino.example');
    });
    afterAll(() => context.close());

    const unreadInHeader = async (): Promise<number> => {
      const link = page.getByRole('link', { name: UNREAD });
      await link.waitFor();
      return Number(UNREAD.exec((await link.getAttribute('aria-label')) ?? '')?.[1]);
    };

    it('sees the unread count, opens the notifications and marks one read', async () => {
      // Unread until this spec marks them, or fewer on a server whose demo this spec already ran on.
      await page.getByRole('link', { name: UNREAD }).waitFor();
      await page.getByRole('link', { name: UNREAD }).click();
      await page.getByRole('heading', { level: 1, name: 'Ilmoitukset' }).waitFor();
      const list = page.getByRole('list', { name: 'Ilmoitukset' });
      await list.locator(':scope > li').first().waitFor();
      await page
        .getByRole('heading', { level: 2, name: /Ilmoittautuminen hyväksytty: KEINO-akatemia 2026–2027/ })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const before = await unreadInHeader();
      const markButtons = page.getByRole('button', { name: /Merkitse luetuksi/ });
      if (before === 0) {
        expect(await markButtons.count()).toBe(0);
        return;
      }
      await markButtons.first().click();
      await page.getByRole('link', { name: `Ilmoitukset, ${before - 1} lukematta` }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: `${before - 1} lukematta` })
        .waitFor();
      expect(await markButtons.count()).toBe(before - 1);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: 'docs/screenshots/notifications.png', fullPage: true });
    });
  });

  describe('the admin', () => {
    beforeAll(async () => {
      ({ context, page } = await chrome.newPage({ keep: true, ...FINNISH }));
      await signIn(page, 'admin@keino.example', '/admin');
    });
    afterAll(() => context.close());

    it('reads the outbox and runs the reminders now', async () => {
      await page
        .getByRole('navigation', { name: 'Ylläpidon osiot' })
        .getByRole('link', { name: 'Lähtevät viestit' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Lähtevät viestit' }).waitFor();
      const rows = page.getByRole('list', { name: 'Lähtevät viestit' }).locator(':scope > li');
      await rows.first().waitFor();
      // Other journeys write mail too: find the demo manager's by the address.
      await page.getByLabel('Vastaanottaja tai otsikko').fill('manager@keino.example');
      await page.getByRole('button', { name: 'Näytä', exact: true }).click();
      await page
        .getByRole('heading', { level: 2, name: /Ilmoittautumisesi hyväksyttiin: KEINO-akatemia 2026–2027/ })
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Aja muistutukset nyt' }).click();
      await page.getByRole('status').filter({ hasText: 'Päivän muistutukset ajettiin' }).waitFor();
      await rows.first().waitFor();
      await page.screenshot({ path: 'docs/screenshots/admin-outbox.png', fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
