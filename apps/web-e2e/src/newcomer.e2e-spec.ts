import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, useBrowser } from './browser';

const chrome = useBrowser();

// A newcomer from Oulu signs up in Swedish using the keyboard only, reads what comes next (their membership waits
// for Oulu's coordinator) and goes on to the catalogue signed in.
describe('a newcomer’s sign-up, in Swedish and by keyboard only', () => {
  let context: BrowserContext;
  let page: Page;

  // One journey on one page: each test goes on from where the last one left it.
  beforeAll(async () => {
    ({ context, page } = await chrome.newPage({ keep: true }));
  });
  afterAll(() => context.close());

  const tabTo = async (selector: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  it('switches to Swedish and signs up with an organisation', async () => {
    await page.goto(`${baseUrl()}/register`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo('button[lang=sv]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Skapa konto' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('option', { name: /Oulun kaupunki/ }).waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);

    await tabTo('#fullName');
    await page.keyboard.type('Elsa Nybörjare');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`elsa.${Date.now()}@oulu.example`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('ett långt lösenord');
    await tabTo('#organization');
    await page.keyboard.type('Oulun');
    expect(
      await page.$eval('#organization', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent),
    ).toContain('Oulun kaupunki');
    await tabTo('button[type=submit]');
    await page.keyboard.press('Enter');

    // What comes next (the verification email, Oulu's coordinator deciding), read first; then on to the courses.
    await page.getByRole('heading', { level: 1, name: 'Ditt konto är klart' }).waitFor();
    await page.getByText('Ditt medlemskap i Oulun kaupunki väntar').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo('main a[href="/catalogue"]');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${baseUrl()}/catalogue`);
    await page.getByRole('heading', { level: 1, name: 'Öppna omgångar' }).waitFor();
    expect(await page.getByText('Elsa Nybörjare').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('enrols by keyboard and hears the answer', async () => {
    // The enrol button that the spring cohort's name describes.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const reached = await page.evaluate(() => {
        const described = document.activeElement?.getAttribute('aria-describedby');
        return !!described && (document.getElementById(described)?.textContent ?? '').includes('2027, kevät');
      });
      if (reached) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'väntar på godkännande' }).waitFor();
  });
});
