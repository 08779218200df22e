import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, FINNISH, openAs, useBrowser } from './browser';
import { workshopsWithin } from './cohort-workshops';

const chrome = useBrowser();

// The maturity self-assessment. A newcomer of its own (created here through the API, in a cohort of its own that is
// closed for enrolment and has no trainers, so no other journey sees either) answers the start self-assessment, sees
// it completed in the course, then answers the end with the start beside it. Anna, programme staff, edits a level text of the model (and puts it back), then
// reads the impact: the chart and the table by dimension, by organisation and for the newcomer's cohort.

const unique = Date.now().toString(36);
const password = 'Itsearvio salasana 2026';
const email = `itsearvio-${unique}@keino.example`;
const cohortName = `Itsearvioinnin kokeilu ${unique}`;
const PASSWORD = 'KeinoDemo2026!';

async function api<T>(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the maturity self-assessment', () => {
  let context: BrowserContext;
  let page: Page;
  let enrollmentId: string;

  // Where the form would have sent them: returnUrl, or My learning.
  const signIn = async (who: string, secret: string, landing: string, returnUrl = '') => {
    await openAs(page, who, returnUrl || '/learning', secret);
    await page.getByRole('heading', { level: 1, name: landing }).waitFor();
  };

  beforeAll(async () => {
    const admin = await api<{ accessToken: string }>('/api/auth/login', {
      method: 'POST',
      body: { email: 'admin@keino.example', password: PASSWORD },
    });
    const token = admin.accessToken;
    const courses = await api<{ items: { id: string; title: string }[] }>('/api/courses', { token });
    const course = courses.items.find((c) => c.title === 'Hankintojen vaikuttavuuden johtaminen');
    if (!course) throw new Error('The demo course "Hankintojen vaikuttavuuden johtaminen" is missing');
    const user = await api<{ id: string }>('/api/auth/register', {
      method: 'POST',
      body: { email, password, fullName: `Iida Itsearvioija ${unique}`, locale: 'fi' },
    });
    const cohort = await api<{ id: string }>('/api/cohorts', {
      method: 'POST',
      token,
      body: {
        courseId: course.id,
        name: cohortName,
        startsOn: day(-10),
        endsOn: day(150),
        capacity: 5,
        approvalRequired: false,
        enrollmentClosesAt: `${day(30)}T21:00:00Z`,
        workshops: await workshopsWithin(token, course.id, day(-10), day(150)),
      },
    });
    const enrollment = await api<{ id: string }>(`/api/cohorts/${cohort.id}/enrollments`, {
      method: 'POST',
      token,
      body: { userId: user.id },
    });
    enrollmentId = enrollment.id;
    // Closed for enrolment: the catalogue of other journeys stays as it was.
    await api(`/api/cohorts/${cohort.id}`, {
      method: 'PATCH',
      token,
      body: { enrollmentClosesAt: `${day(-1)}T21:00:00Z` },
    });

    // One journey on one page: each test goes on from where the last one left it.
    ({ context, page } = await chrome.newPage({ ...FINNISH, keep: true }));
  });
  afterAll(() => context.close());

  it('lets a participant answer the start self-assessment, every dimension required', async () => {
    await signIn(email, password, 'Oma oppiminen');
    await page.goto(`${baseUrl()}/learning/${enrollmentId}`);
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    await page.getByRole('link', { name: 'Vastaa itsearviointiin' }).first().click();

    await page.getByRole('heading', { level: 1, name: /itsearviointi \(alku\)/ }).waitFor();
    const dimensions = page.locator('main').getByRole('group');
    await dimensions.first().waitFor();
    expect(await dimensions.count()).toBe(5);
    const strategy = page.getByRole('group', { name: 'Strategia ja johtaminen' });
    expect(await strategy.getByRole('radio').count()).toBe(5);
    await strategy.getByText('Hankintojen linjaukset on johdettu organisaation strategiasta.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Saving with one dimension answered names the four still missing.
    await strategy.getByRole('radio', { name: /Hankintojen linjaukset on johdettu/ }).check();
    await page.getByRole('button', { name: 'Tallenna arviointi' }).click();
    const missing = page.getByRole('alert');
    await missing.waitFor();
    expect(await missing.textContent()).toMatch(/Kestävyys ja vaikuttavuus.*Osaaminen ja yhteistyö/);
    expect(await missing.textContent()).not.toMatch(/Strategia/);
    expect(await axeViolations(page)).toEqual([]);

    // Levels by keyboard and by click: 2, 1, 3, 2.
    const others: [string, number][] = [
      ['Kestävyys ja vaikuttavuus', 1],
      ['Innovaatiot ja markkinavuoropuhelu', 0],
      ['Tieto ja seuranta', 2],
      ['Osaaminen ja yhteistyö', 1],
    ];
    for (const [name, index] of others) {
      await page.getByRole('group', { name }).getByRole('radio').nth(index).check();
    }
    await page.getByRole('button', { name: 'Tallenna arviointi' }).click();
    await page.getByRole('status').filter({ hasText: 'Arviointi tallennettu.' }).waitFor();
    const summary = page.getByRole('table', { name: 'Vastauksesi: alku ja loppu' });
    await summary.waitFor();
    expect(await summary.locator('tbody tr').count()).toBe(5);
    const strategyRow = summary.locator('tbody tr').filter({ hasText: 'Strategia ja johtaminen' });
    expect((await strategyRow.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['3', '–', '–']);
    expect(await page.getByRole('button', { name: 'Tallenna muutokset' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/screenshots/self-assessment.png', fullPage: false });

    // On a phone the levels wrap; nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the start self-assessment completed in the course', async () => {
    await page.getByRole('link', { name: 'Takaisin kurssille' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hankintojen vaikuttavuuden johtaminen' }).waitFor();
    const start = page.getByRole('listitem').filter({ hasText: /itsearviointi \(alku\)/ });
    await start.getByRole('link', { name: 'Katso vastauksesi' }).waitFor();
    await start.getByText(/tehty/).first().waitFor();
    // The end one is still to answer.
    const end = page.getByRole('listitem').filter({ hasText: /itsearviointi \(loppu\)/ });
    await end.getByRole('link', { name: 'Vastaa itsearviointiin' }).waitFor();
    expect(await page.getByText(/^\s*1 \/ \d+ pakollista tehty/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the start answer beside each dimension at the end, and the change after saving', async () => {
    // This cohort releases every module at once, so the end is open too.
    const end = page.getByRole('listitem').filter({ hasText: /itsearviointi \(loppu\)/ });
    await end.getByRole('link', { name: 'Vastaa itsearviointiin' }).click();
    await page.getByRole('heading', { level: 1, name: /itsearviointi \(loppu\)/ }).waitFor();
    const strategy = page.getByRole('group', { name: 'Strategia ja johtaminen' });
    await strategy.getByText('Alussa valitsit tason 3.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const levels: [string, number][] = [
      ['Strategia ja johtaminen', 4],
      ['Kestävyys ja vaikuttavuus', 3],
      ['Innovaatiot ja markkinavuoropuhelu', 3],
      ['Tieto ja seuranta', 3],
      ['Osaaminen ja yhteistyö', 2],
    ];
    for (const [name, level] of levels) {
      await page
        .getByRole('group', { name })
        .getByRole('radio')
        .nth(level - 1)
        .check();
    }
    await page.getByRole('button', { name: 'Tallenna arviointi' }).click();
    await page.getByRole('status').filter({ hasText: 'Arviointi tallennettu.' }).waitFor();
    const summary = page.getByRole('table', { name: 'Vastauksesi: alku ja loppu' });
    const rows = summary.locator('tbody tr');
    await rows.first().waitFor();
    const cells = async (name: string) =>
      (await rows.filter({ hasText: name }).locator('td').allTextContents()).map((s) => s.trim());
    expect(await cells('Strategia ja johtaminen')).toEqual(['3', '4', '+1']);
    expect(await cells('Innovaatiot ja markkinavuoropuhelu')).toEqual(['1', '3', '+2']);
    expect(await cells('Osaaminen ja yhteistyö')).toEqual(['2', '2', '0']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets programme staff edit a level text of the model', async () => {
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signIn('admin@keino.example', PASSWORD, 'Toteutukset', '/admin');
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('link', { name: 'Kypsyysmalli' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kypsyysmalli' }).waitFor();
    const first = page.getByRole('region', { name: 'Osa-alue 1: Strategia ja johtaminen' });
    await first.waitFor();
    expect(await page.getByRole('region', { name: /^Osa-alue \d/ }).count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);

    const level3 = first.getByRole('group', { name: 'Taso 3' }).getByLabel('Suomeksi');
    const original = await level3.inputValue();
    expect(original).toBe('Hankintojen linjaukset on johdettu organisaation strategiasta.');
    const edited = `Hankintojen linjaukset on johdettu strategiasta ja kirjattu (${unique}).`;

    // An empty text is refused before anything is sent.
    await level3.fill('');
    await page.getByRole('button', { name: 'Tallenna malli' }).click();
    await page.getByRole('alert').filter({ hasText: 'Puuttuu osa-alueilta: 1' }).waitFor();
    expect(await level3.getAttribute('aria-invalid')).toBe('true');

    await level3.fill(edited);
    await page.getByRole('button', { name: 'Tallenna malli' }).click();
    await page.getByRole('status').filter({ hasText: 'Malli tallennettu.' }).waitFor();
    const model = await api<{ dimensions: { levels: { fi: string }[] }[] }>('/api/maturity-model', {
      token: (
        await api<{ accessToken: string }>('/api/auth/login', {
          method: 'POST',
          body: { email: 'admin@keino.example', password: PASSWORD },
        })
      ).accessToken,
    });
    expect(model.dimensions[0].levels[2].fi).toBe(edited);
    expect(await axeViolations(page)).toEqual([]);

    // Back as it was, for whoever comes next.
    await level3.fill(original);
    await page.getByRole('button', { name: 'Tallenna malli' }).click();
    await page.getByRole('status').filter({ hasText: 'Malli tallennettu.' }).waitFor();
    expect(await level3.inputValue()).toBe(original);
  });

  it('shows the impact as a before/after chart and a table, by dimension, organisation and cohort', async () => {
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('link', { name: 'Vaikuttavuus' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vaikuttavuus: kypsyystason muutos' }).waitFor();
    await page
      .getByRole('figure', { name: 'Keskimääräinen taso alussa ja lopussa osa-alueittain' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Muutos ryhmittäin: Osa-alue' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(5);
    // The finished demo cohort improved on every dimension.
    const changes = await rows.locator('td:nth-child(5)').allTextContents();
    expect(changes.every((c) => /^\s*\+\d/.test(c))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/impact.png', fullPage: true });

    await page.getByLabel('Ryhmittely').selectOption({ label: 'Organisaatio' });
    const byOrganization = page.getByRole('table', { name: 'Muutos ryhmittäin: Organisaatio' });
    await byOrganization.waitFor();
    expect(await byOrganization.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);

    // The newcomer's cohort: one participant, starts 3, 2, 1, 3, 2 and ends 4, 3, 3, 3, 2.
    await page.getByLabel('Ryhmittely').selectOption({ label: 'Osallistuja' });
    const byParticipant = page.getByRole('table', { name: 'Muutos ryhmittäin: Osallistuja' });
    await byParticipant.waitFor();
    await page.getByLabel('Toteutus').selectOption({ label: cohortName });
    // Wait until the table shows the cohort's figures only.
    await page.waitForFunction((name) => {
      const rows = Array.from(document.querySelectorAll('table[aria-labelledby="impact-table"] tbody tr'));
      return rows.length === 1 && rows[0].textContent?.includes(name);
    }, `Iida Itsearvioija ${unique}`);
    const newcomer = byParticipant.locator('tbody tr').filter({ hasText: `Iida Itsearvioija ${unique}` });
    expect(await byParticipant.locator('tbody tr').count()).toBe(1);
    expect((await newcomer.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      '1',
      '2,20',
      '3,00',
      '+0,80',
      '0',
      // A year on: nobody in the running cohort has answered the follow-up.
      '0',
      '–',
      '–',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('impact-participant.csv');
  });

  it('shows a coordinator their organisation and a change agent their regions only', async () => {
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signIn('coordinator@keino.example', PASSWORD, 'Organisaatiomme tiimi', '/team');
    await page.getByRole('link', { name: 'Organisaatiosi vaikuttavuus: kypsyystason muutos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vaikuttavuus: kypsyystason muutos' }).waitFor();
    await page.getByLabel('Ryhmittely').selectOption({ label: 'Organisaatio' });
    const organizations = page.getByRole('table', { name: 'Muutos ryhmittäin: Organisaatio' });
    await organizations.waitFor();
    expect((await organizations.locator('tbody th').allTextContents()).map((s) => s.trim())).toEqual([
      'Tampereen kaupunki',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signIn('agent@keino.example', PASSWORD, 'Alueeni organisaatiot', '/region');
    await page
      .getByRole('link', { name: 'Alueesi organisaatioiden vaikuttavuus: kypsyystason muutos' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vaikuttavuus: kypsyystason muutos' }).waitFor();
    await page.getByLabel('Ryhmittely').selectOption({ label: 'Maakunta' });
    const regions = page.getByRole('table', { name: 'Muutos ryhmittäin: Maakunta' });
    await regions.waitFor();
    expect((await regions.locator('tbody th').allTextContents()).map((s) => s.trim())).toEqual([
      'Pirkanmaa',
      'Keski-Suomi',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the demo manager answer the finished cohort’s follow-up a year on, beside the start and the end', async () => {
    const manager = await api<{ accessToken: string }>('/api/auth/login', {
      method: 'POST',
      body: { email: 'manager@keino.example', password: PASSWORD },
    });
    const mine = await api<{ items: { id: string; cohort: { name: string } }[] }>(
      '/api/me/enrollments?limit=50',
      { token: manager.accessToken },
    );
    const finished = mine.items.find((e) => e.cohort.name.includes('2025–2026'));
    if (!finished) throw new Error('The demo manager has no enrolment in the finished cohort');

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signIn('manager@keino.example', PASSWORD, 'Oma oppiminen');
    await page.goto(`${baseUrl()}/learning/${finished.id}/follow-up`);
    await page.getByRole('heading', { level: 1, name: 'Kypsyysarvio vuoden jälkeen' }).waitFor();
    const dimensions = page.locator('main form').getByRole('group');
    await dimensions.first().waitFor();
    expect(await dimensions.count()).toBe(5);
    for (let i = 0; i < 5; i++) await dimensions.nth(i).getByRole('radio').nth(2).check();
    await page.locator('main form button[type="submit"]').click();
    await page.getByRole('status').filter({ hasText: 'Arviointi tallennettu.' }).waitFor();
    const table = page.getByRole('table', { name: 'Alku, loppu ja vuoden jälkeen' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(5);
    // The fourth column is the follow-up: level 3 everywhere, as chosen.
    const followUp = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(followUp.map((s) => s.trim())).toEqual(['3', '3', '3', '3', '3']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
