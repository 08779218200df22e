import { axeViolations, baseUrl, FINNISH, useBrowser } from './browser';
import { workshopsWithin } from './cohort-workshops';

const chrome = useBrowser();

// Small groups. The trainer's journey forms groups in a closed cohort of its own (two new organisations, one person
// each, run by Timo), so the demo cohorts stay as they were; the coach's journey follows the demo's Tampere team.

const unique = Date.now().toString(36);
const organizations = [`Ryhmäkunta A ${unique}`, `Ryhmäkunta B ${unique}`];
const password = 'e2e password 2026';

function freshBusinessId(offset: number): string {
  for (let body = (Date.now() + offset) % 10_000_000; ; body = (body + 1) % 10_000_000) {
    const digits = String(body).padStart(7, '0');
    const r = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11;
    if (r !== 1) return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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
  return (await res.json()) as T;
}

const signIn = async (email: string) =>
  (await api<{ accessToken: string }>('/auth/login', null, 'POST', { email, password: 'KeinoDemo2026!' }))
    .accessToken;

describe('small groups in the browser', () => {
  let cohortId: string;
  const orgIds: string[] = [];

  beforeAll(async () => {
    const admin = await signIn('admin@keino.example');
    const users = await api<{ items: { id: string; email: string }[] }>('/users?q=trainer&limit=50', admin);
    const timo = users.items.find((u) => u.email === 'trainer@keino.example')?.id;
    const courses = await api<{ items: { id: string; title: string }[] }>('/courses?limit=200', admin);
    const course = courses.items.find((c) => c.title === 'Hankintojen vaikuttavuuden johtaminen');
    const cohort = await api<{ id: string }>('/cohorts', admin, 'POST', {
      courseId: course?.id,
      name: `Pienryhmäharjoitus ${unique}`,
      startsOn: day(-7),
      endsOn: day(90),
      capacity: 5,
      approvalRequired: false,
      trainerIds: [timo],
      workshops: await workshopsWithin(admin, course?.id ?? '', day(-7), day(90)),
    });
    cohortId = cohort.id;
    for (const [i, name] of organizations.entries()) {
      const org = await api<{ id: string }>('/organizations', admin, 'POST', {
        name,
        businessId: freshBusinessId(1000 * (i + 1)),
        kind: 'municipality',
        // Outside the demo change agent's regions, whose journey lists only their regions' organisations.
        region: '02',
      });
      orgIds.push(org.id);
      const user = await api<{ id: string }>('/auth/register', null, 'POST', {
        email: `ryhma${i}.${unique}@e2e.keino.example`,
        fullName: `Ryhmäläinen ${i} ${unique}`,
        password,
        locale: 'fi',
      });
      await api(`/users/${user.id}`, admin, 'PATCH', { organizationId: org.id });
      await api(`/cohorts/${cohort.id}/enrollments`, admin, 'POST', { userId: user.id });
    }
    await api(`/cohorts/${cohort.id}`, admin, 'PATCH', { enrollmentClosesAt: `${day(-1)}T00:00:00Z` });
  });

  it('lets a trainer form a group, place organisations, name a coach and a mentor by keyboard', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'trainer', at: `/teaching/${cohortId}` });
    await page.getByRole('link', { name: 'Pienryhmät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pienryhmät' }).waitFor();
    await page.getByText(organizations[0], { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Everything below with the keyboard only: type, Enter, and arrow keys on each list.
    await page.getByLabel('Uuden pienryhmän nimi').focus();
    await page.keyboard.type('Häme');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Pienryhmä Häme luotiin.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Häme' }).waitFor();

    for (const name of organizations) {
      await page.getByLabel(`Organisaation ${name} pienryhmä`).focus();
      await page.keyboard.press('ArrowDown');
      await page
        .getByRole('status')
        .filter({ hasText: `${name} siirrettiin ryhmään Häme.` })
        .waitFor();
    }
    const column = page.getByRole('region', { name: 'Häme' });
    for (const name of organizations) await column.getByText(name, { exact: true }).waitFor();

    await page.getByLabel('Lisää valmentaja ryhmään Häme').focus();
    await page.keyboard.press('ArrowDown');
    await page
      .getByRole('status')
      .filter({ hasText: /on nyt ryhmän Häme valmentaja/ })
      .waitFor();
    await page.getByLabel(`Organisaation ${organizations[0]} kummi`).focus();
    await page.keyboard.press('ArrowDown');
    await page
      .getByRole('status')
      .filter({ hasText: /Kummiksi nimettiin/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const token = await signIn('trainer@keino.example');
    const groups = await api<{
      items: { name: string; coaches: unknown[]; organizations: { id: string; mentor: unknown }[] }[];
    }>(`/cohorts/${cohortId}/groups`, token);
    expect(groups.items).toHaveLength(1);
    expect(groups.items[0].organizations.map((o) => o.id).sort()).toEqual([...orgIds].sort());
    expect(groups.items[0].coaches).toHaveLength(1);
    expect(groups.items[0].organizations.find((o) => o.id === orgIds[0])?.mentor).not.toBeNull();

    // Back out of the group with the keyboard: the organisation returns to "Ei ryhmässä".
    await page.getByLabel(`Organisaation ${organizations[1]} pienryhmä`).focus();
    await page.keyboard.press('ArrowUp');
    await page
      .getByRole('status')
      .filter({ hasText: `${organizations[1]} poistettiin pienryhmästä.` })
      .waitFor();
    await page
      .getByRole('region', { name: 'Ei ryhmässä' })
      .getByText(organizations[1], { exact: true })
      .waitFor();
  });

  it('lets a coach follow a team: My teams, its assignment with the management review, and attendance', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'coach@keino.example', at: '/mentoring' });
    await page.getByRole('heading', { level: 1, name: 'Omat tiimit' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Tampereen kaupunki' });
    await row.getByText('Valmentaja').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole('link', { name: 'Lähetetty arvioitavaksi' }).click();
    await page.getByRole('heading', { level: 1, name: /Tampereen kaupunki/ }).waitFor();
    await page.getByText('Hyväksytty', { exact: true }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Johtoryhmäkäsittely' }).waitFor();
    // A coach reads and comments, but the decision is the trainers'.
    expect(await page.getByRole('button', { name: 'Hyväksy' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/mentoring`);
    await page
      .getByRole('row')
      .filter({ hasText: 'Tampereen kaupunki' })
      .getByRole('link', { name: 'Pienryhmän tapaamiset: Tampereen kaupunki' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Pienryhmän tapaamiset' }).waitFor();
    const first = page.getByRole('group', { name: /Läsnäolo: Pienryhmän tapaaminen 1/ });
    const box = first.getByRole('checkbox').first();
    const was = await box.isChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('status')
      .filter({ hasText: was ? /poissa olleeksi/ : /paikalla olleeksi/ })
      .waitFor();
    expect(await box.isChecked()).toBe(!was);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a participant their group and its meetings in My learning', async () => {
    const { page } = await chrome.newPage({ ...FINNISH, as: 'participant', at: '/learning' });
    const mine = page.getByTestId('my-group');
    await mine.getByRole('heading', { name: 'Pienryhmäsi: Pienryhmä Pirkanmaa ja Keski-Suomi' }).waitFor();
    await mine.getByText('Kirsi Kummi').waitFor();
    await mine.getByRole('button', { name: /Lisää kalenteriin: Pienryhmän tapaaminen 2/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
