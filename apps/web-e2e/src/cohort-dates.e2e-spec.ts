import { BrowserContext, Page } from 'playwright-core';

import { accessTokenOf, axeViolations, FINNISH, useBrowser } from './browser';

const chrome = useBrowser();

/** `YYYY-MM-DD`, `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The admin opens next year's cohort of the demo course (its workshops met this autumn), and is not allowed to let
// it inherit those dates; she takes the suggested times, sets the place and link, edits it afterwards, and is warned
// when she gives a second cohort the same name. Before: the empty fields silently kept the course's dates, a cohort
// had no place or link of its own, could not be edited, and two cohorts could share a name without a word.
// The cohort's enrolment is closed at once, so that the participants' specs never see it in the catalogue.
describe('a new cohort’s workshop dates, place, editing and name', () => {
  let context: BrowserContext;
  let page: Page;
  const name = `Lähipäiväkokeilu ${day(300).slice(0, 4)}–${Date.now().toString(36)}`;

  beforeAll(async () => {
    ({ context, page } = await chrome.newPage({
      ...FINNISH,
      keep: true,
      as: 'admin',
      at: '/admin/cohorts/new',
    }));
    await page.getByRole('heading', { level: 1, name: 'Uusi toteutus' }).waitFor();
  });
  afterAll(() => context.close());

  const cohortOf = async (id: string) => {
    const token = await accessTokenOf(page);
    return page.evaluate(
      async ([cohortId, bearer]) =>
        (await fetch(`/api/cohorts/${cohortId}`, { headers: { Authorization: `Bearer ${bearer}` } })).json(),
      [id, token] as const,
    ) as Promise<{
      name: string;
      startsOn: string;
      endsOn: string;
      place: string | null;
      onlineUrl: string | null;
      modules: { activities: { kind: string; startsAt: string | null; location: string | null }[] }[];
    }>;
  };

  async function fillBasics(cohortName: string): Promise<void> {
    await page.getByLabel('Kurssi', { exact: true }).selectOption({ index: 1 });
    await page
      .getByRole('group', { name: 'Moduulien avautumispäivät' })
      .locator('input[type=date]')
      .first()
      .waitFor();
    await page.getByLabel('Toteutuksen nimi').fill(cohortName);
    await page.getByLabel('Alkaa', { exact: true }).fill(day(270));
    await page.getByLabel('Päättyy', { exact: true }).fill(day(540));
    await page.getByLabel('Ilmoittautuminen päättyy (valinnainen)').fill(`${day(-1)}T16:00`);
  }

  it('does not let the workshops keep the course’s dates outside the cohort, and suggests its own', async () => {
    await fillBasics(name);
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.getByText('Kurssin aika ei osu toteutuksen ajalle.', { exact: false }).first().waitFor();
    expect(page.url()).toMatch(/\/admin\/cohorts\/new$/);
    const workshops = page
      .getByRole('group', { name: 'Lähipäivien ajat tässä toteutuksessa' })
      .locator('input');
    expect(await workshops.count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ehdota ajat moduulien avautumispäivistä' }).click();
    for (const value of await workshops.evaluateAll((inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    )) {
      expect(value.slice(0, 10) >= day(270) && value.slice(0, 10) <= day(540)).toBe(true);
    }
    await page.getByLabel('Paikka (valinnainen)').fill('Tampere-talo, Tampere');
    await page.getByLabel('Etäyhteyden linkki (valinnainen)').fill('meet.example');
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.getByText('Anna linkki muodossa https://…').waitFor();
    await page.getByLabel('Etäyhteyden linkki (valinnainen)').fill('https://meet.example/keino');
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.waitForURL(/\/admin\/cohorts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Tampere-talo, Tampere').waitFor();
    expect(await page.getByRole('link', { name: 'Etäyhteys' }).getAttribute('href')).toBe(
      'https://meet.example/keino',
    );
    expect(await axeViolations(page)).toEqual([]);

    const cohort = await cohortOf(page.url().split('/').pop() ?? '');
    const times = cohort.modules.flatMap((m) => m.activities).filter((a) => a.kind === 'workshop');
    expect(times).toHaveLength(4);
    for (const w of times) {
      const on = (w.startsAt ?? '').slice(0, 10);
      expect(on >= cohort.startsOn && on <= cohort.endsOn).toBe(true);
      expect(w.location).toBe('Tampere-talo, Tampere');
    }
  });

  it('is edited after creation: place and end date changed, a start that would leave workshops outside refused', async () => {
    const id = page.url().split('/').pop() ?? '';
    await page.getByRole('link', { name: 'Muokkaa toteutusta' }).click();
    await page.getByRole('heading', { level: 1, name: `Muokkaa toteutusta ${name}` }).waitFor();
    expect(await page.getByLabel('Paikka (valinnainen)').inputValue()).toBe('Tampere-talo, Tampere');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Paikka (valinnainen)').fill('Oulun kaupungintalo');
    // The suggested workshops meet on the first day: starting ten days later would leave them outside.
    await page.getByLabel('Alkaa', { exact: true }).fill(day(280));
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Lähipäivän on oltava toteutuksen alun ja lopun välillä.').first().waitFor();
    await page.getByLabel('Alkaa', { exact: true }).fill(day(270));
    await page.getByLabel('Päättyy', { exact: true }).fill(day(560));
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.waitForURL(new RegExp(`/admin/cohorts/${id}$`));
    await page.getByText('Oulun kaupungintalo').waitFor();
    const cohort = await cohortOf(id);
    expect({ endsOn: cohort.endsOn, place: cohort.place }).toEqual({
      endsOn: day(560),
      place: 'Oulun kaupungintalo',
    });
  });

  it('warns when a second cohort gets the same name, and creates it only when told so', async () => {
    await page.goto(page.url().replace(/\/admin\/cohorts\/.*$/, '/admin/cohorts/new'));
    await page.getByRole('heading', { level: 1, name: 'Uusi toteutus' }).waitFor();
    await fillBasics(name);
    await page.getByRole('button', { name: 'Ehdota ajat moduulien avautumispäivistä' }).click();
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.getByText('Toisella toteutuksella on jo tämä nimi.', { exact: true }).waitFor();
    expect(page.url()).toMatch(/\/admin\/cohorts\/new$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Toisella toteutuksella on jo tämä nimi. Käytä nimeä silti.').check();
    await page.getByRole('button', { name: 'Avaa toteutus' }).click();
    await page.waitForURL(/\/admin\/cohorts\/[0-9a-f-]{36}$/);
  });
});
