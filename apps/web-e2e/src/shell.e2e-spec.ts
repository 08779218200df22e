import { Page } from 'playwright-core';

import { axeViolations, baseUrl, useBrowser } from './browser';

const chrome = useBrowser();

describe('the web shell', () => {
  let page: Page;

  // A context of its own per test, closed after it by useBrowser.
  beforeEach(async () => {
    ({ page } = await chrome.newPage({ viewport: { width: 1280, height: 800 } }));
  });

  it('serves the home page in Finnish with no axe violations', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Hankintojen strategisen johtamisen',
    );
    // The stylesheet really applies (the CSP forbids inline handlers, so no critical-CSS tricks).
    const headerColour = await page.evaluate(
      () => getComputedStyle(document.querySelector('header') as Element).backgroundColor,
    );
    expect(headerColour).toBe('rgb(11, 79, 138)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/home.png', fullPage: true });
  });

  it('offers a skip link as the first stop of the keyboard, which moves focus to this page’s main content', async () => {
    await page.goto(`${baseUrl()}/accessibility`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    // It used to resolve against <base href="/"> and go to the home page.
    expect(await page.evaluate(() => location.pathname)).toBe('/accessibility');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false),
    ).toBe(true);
  });

  it('says that an unknown address has no page, instead of going home without a word', async () => {
    await page.goto(`${baseUrl()}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await page.evaluate(() => location.pathname)).toBe('/no-such-page');
    await page.getByRole('link', { name: 'Etusivulle' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to Swedish, and the choice survives a reload', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('heading', { name: /Akademin för strategiskt ledarskap/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Akademin för strategiskt ledarskap/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('serves deep links through the SPA fallback and tells a wrong password', async () => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Sähköposti').fill('nobody@keino.example');
    await page.getByLabel('Salasana').fill('not the password');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Sähköposti tai salasana on väärin' }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/sign-in.png', fullPage: true });
  });

  it('links the accessibility statement from every page', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Valvontaviranomainen' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable at 360 px without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
