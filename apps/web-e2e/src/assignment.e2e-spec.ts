import { BrowserContext, Page } from 'playwright-core';

import { axeViolations, baseUrl, openAs, useBrowser } from './browser';

const chrome = useBrowser();

// The team development assignment's review loop. The spec makes its own team (a new organisation in Lapland and two
// people), its own closed cohort of the academy course run by Kaisa (trainer2, whom no other spec uses), so the demo
// cohorts, their figures and the other specs' people stay as they were.

const unique = Date.now().toString(36);
const organizationName = `Kehittämiskunta ${unique}`;
const cohortName = `Kehittämistehtävän harjoitus ${unique}`;
const password = 'e2e password 2026';
const people = [
  { email: `aila.${unique}@e2e.keino.example`, fullName: `Aila Tiimiläinen ${unique}` },
  { email: `pekka.${unique}@e2e.keino.example`, fullName: `Pekka Tiimiläinen ${unique}` },
];

/** A small valid PDF (one empty page). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function freshBusinessId(): string {
  for (let body = (Date.now() + 4321) % 10_000_000; ; body = (body + 1) % 10_000_000) {
    const digits = String(body).padStart(7, '0');
    const r = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11;
    if (r !== 1) return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function api<T>(path: string, token: string | null, method = 'GET', body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

describe('the team assignment’s review loop', () => {
  const enrollments: string[] = [];
  let cohortId: string;
  // Each person signs in once and keeps the page for the whole journey: sign-in is rate limited per address.
  const sessions: BrowserContext[] = [];
  let aila: Page;
  let kaisa: Page;

  beforeAll(async () => {
    const admin = (
      await api<{ accessToken: string }>('/auth/login', null, 'POST', {
        email: 'admin@keino.example',
        password: 'KeinoDemo2026!',
      })
    ).accessToken;
    const org = await api<{ id: string }>('/organizations', admin, 'POST', {
      name: organizationName,
      businessId: freshBusinessId(),
      kind: 'municipality',
      region: '19',
    });
    const ids: string[] = [];
    for (const p of people) {
      const user = await api<{ id: string }>('/auth/register', null, 'POST', {
        ...p,
        password,
        locale: 'fi',
      });
      // Membership is proved, never claimed at registration: the admin makes them the team.
      await api(`/users/${user.id}`, admin, 'PATCH', { organizationId: org.id });
      ids.push(user.id);
    }
    const courses = await api<{ items: { id: string; title: string }[] }>('/courses?limit=200', admin);
    const course = courses.items.find((c) => c.title === 'Hankintojen vaikuttavuuden johtaminen');
    const trainers = await api<{ items: { id: string; email: string }[] }>('/users?q=trainer2', admin);
    // The demo course's workshops fall outside this cohort's dates: the cohort meets for each on its second week.
    const detail = await api<{ modules: { activities: { id: string; kind: string }[] }[] }>(
      `/courses/${course?.id}`,
      admin,
    );
    const workshops = detail.modules
      .flatMap((m) => m.activities)
      .filter((a) => a.kind === 'workshop')
      .map((a) => ({ activityId: a.id, startsAt: `${day(7)}T07:00:00Z` }));
    const cohort = await api<{ id: string }>('/cohorts', admin, 'POST', {
      courseId: course?.id,
      name: cohortName,
      startsOn: day(-7),
      endsOn: day(90),
      capacity: 5,
      approvalRequired: false,
      workshops,
      trainerIds: [trainers.items.find((u) => u.email === 'trainer2@keino.example')?.id],
    });
    cohortId = cohort.id;
    for (const userId of ids) {
      enrollments.push(
        (await api<{ id: string }>(`/cohorts/${cohort.id}/enrollments`, admin, 'POST', { userId })).id,
      );
    }
    // Closed: nobody else sees it in the catalogue.
    await api(`/cohorts/${cohort.id}`, admin, 'PATCH', { enrollmentClosesAt: `${day(-1)}T00:00:00Z` });
  });
  afterAll(async () => {
    for (const context of sessions) await context.close();
  });

  const session = async (email: string, pass: string, landing: string) => {
    const context: BrowserContext = await chrome.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
      keep: true,
    });
    const page = await context.newPage();
    sessions.push(context);
    await openAs(page, email, landing, pass);
    return { context, page };
  };

  it('lets a member write, attach and submit the team’s work', async () => {
    const { page } = await session(people[0].email, password, `/learning/${enrollments[0]}`);
    aila = page;
    await page.getByRole('link', { name: 'Avaa tiimin kehittämistehtävä' }).click();
    await page.getByRole('heading', { level: 1, name: /Kehittämistehtävä/ }).waitFor();
    await page.getByText('Luonnos', { exact: true }).waitFor();
    expect(await page.getByText(people[1].fullName).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const text = page.getByRole('textbox', { name: 'Teksti' });
    await text.click();
    await page.keyboard.type('Hankintalinjauksen luonnos: tavoitteet ja mittarit.');
    await page.getByRole('button', { name: 'Tallenna teksti' }).click();
    await page.getByRole('status').filter({ hasText: 'Teksti tallennettu.' }).waitFor();

    // A text file named .pdf is refused by its content; a real PDF is attached.
    const picker = page.getByLabel('Liitä tiedosto');
    await picker.setInputFiles({
      name: 'raportti.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('ei pdf'),
    });
    await page.getByText('Tätä tiedostotyyppiä ei voi liittää.', { exact: false }).waitFor();
    expect(await picker.getAttribute('aria-invalid')).toBe('true');
    await picker.setInputFiles({ name: 'linjaus.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('status').filter({ hasText: 'Tiedosto linjaus.pdf liitetty.' }).waitFor();
    await page.getByRole('button', { name: 'Lataa linjaus.pdf' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lähetä arvioitavaksi' }).click();
    await page.getByText('Lähetetäänkö versio 1 kouluttajalle?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kyllä, lähetä' }).click();
    await page.getByRole('status').filter({ hasText: 'Versio 1 lähetetty arvioitavaksi.' }).waitFor();
    await page.getByText('Odottaa arviointia', { exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Teksti' }).count()).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets the cohort’s trainer ask for a revision, which the other member makes', async () => {
    kaisa = (await session('trainer2@keino.example', 'KeinoDemo2026!', `/teaching/${cohortId}`)).page;
    let page = kaisa;
    await page.getByRole('link', { name: 'Kehittämistehtävät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kehittämistehtävät' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: organizationName });
    await row.getByText('Odottaa arviointia').waitFor();
    expect(await page.getByText('Odottaa arviotasi: 1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: organizationName }).click();
    await page.getByRole('heading', { level: 1, name: `Tiimin tehtävä: ${organizationName}` }).waitFor();
    await page.getByText('Hankintalinjauksen luonnos: tavoitteet ja mittarit.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A revision needs a comment.
    await page.getByRole('button', { name: 'Pyydä täydennystä' }).click();
    await page.locator('#review-comment[aria-invalid="true"]').waitFor();
    expect(await page.getByRole('button', { name: 'Kyllä, pyydä täydennystä' }).count()).toBe(0);
    await page.getByLabel('Kommentti tiimille').fill('Lisätkää mittareille tavoitearvot.');
    await page.getByRole('button', { name: 'Pyydä täydennystä' }).click();
    await page.getByRole('button', { name: 'Kyllä, pyydä täydennystä' }).click();
    await page.getByRole('status').filter({ hasText: 'Täydennystä pyydetty.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    page = (await session(people[1].email, password, `/learning/${enrollments[1]}`)).page;
    await page.getByRole('link', { name: 'Avaa tiimin kehittämistehtävä' }).click();
    await page.getByText('Täydennettävä', { exact: true }).waitFor();
    await page.getByText('Lisätkää mittareille tavoitearvot.').waitFor();
    const text = page.getByRole('textbox', { name: 'Teksti' });
    await text.getByText('Hankintalinjauksen luonnos').waitFor();
    // The editor, the file picker and the thread fit a phone.
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tavoite: 80 % kilpailutuksista ilmastokriteerein.');
    // Not saved yet: a reload asks first (the browser's own question), and the text comes back as this browser's
    // draft; leaving for another page asks, and staying keeps it.
    const answer = (accept: boolean) =>
      new Promise<{ type: string; message: string }>((resolve) =>
        page.once('dialog', (d) => {
          const seen = { type: d.type(), message: d.message() };
          void (accept ? d.accept() : d.dismiss()).then(() => resolve(seen));
        }),
      );
    const reloaded = answer(true);
    void page.reload();
    expect((await reloaded).type).toBe('beforeunload');
    await page
      .getByText('Palautettiin tähän selaimeen jäänyt tallentamaton luonnos.', { exact: false })
      .waitFor();
    await text.getByText('Tavoite: 80 % kilpailutuksista ilmastokriteerein.', { exact: false }).waitFor();
    const stay = answer(false);
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Hankintaesimerkit' })
      .click();
    expect((await stay).message).toContain('tallentamattomia muutoksia');
    await text.getByText('Tavoite: 80 % kilpailutuksista ilmastokriteerein.', { exact: false }).waitFor();
    await page.getByLabel('Kirjoita kommentti').fill('Lisäsimme tavoitearvot.');
    await page.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await page.getByRole('status').filter({ hasText: 'Kommentti lähetetty.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lähetä arvioitavaksi' }).click();
    await page.getByRole('button', { name: 'Kyllä, lähetä' }).click();
    await page.getByRole('status').filter({ hasText: 'Versio 2 lähetetty arvioitavaksi.' }).waitFor();
    await page.getByText('Versio 1', { exact: false }).first().waitFor();
  });

  it('lets the trainer approve, which completes the activity for both members', async () => {
    let page = kaisa;
    await page.goto(`${baseUrl()}/teaching/${cohortId}/assignments`);
    await page.getByRole('link', { name: organizationName }).click();
    await page.getByRole('heading', { level: 2, name: 'Päätöksesi versiosta 2' }).waitFor();
    await page.getByText('Lisäsimme tavoitearvot.').waitFor();
    await page.getByRole('button', { name: 'Hyväksy', exact: true }).click();
    await page
      .getByText('Tehtävä merkitään silloin suoritetuksi tiimin 2 jäsenelle.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Kyllä, hyväksy' }).click();
    await page.getByRole('status').filter({ hasText: 'Hyväksytty.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    page = aila;
    await page.goto(`${baseUrl()}/learning/${enrollments[0]}`);
    const activity = page.getByRole('listitem').filter({ hasText: 'Kehittämistehtävä:' });
    await activity.getByText(/tehty \d/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Avaa tiimin kehittämistehtävä' }).click();
    await page.getByText('Hyväksytty', { exact: true }).first().waitFor();
    await page.getByText('Kouluttaja hyväksyi version 2.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/team-assignment.png', fullPage: true });
  });
});
