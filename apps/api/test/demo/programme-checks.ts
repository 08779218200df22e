import { auth, signIn } from '../factories';
import type { TestApp } from '../setup/test-app';
import { DEMO_PASSWORD } from '../../src/demo-data/demo-accounts';

// The demo's programme parts, checked by demo-data.int-spec.ts on its one seeded app (seeding takes a while).

/** Keeps three years of every organisation’s procurement register, with indicators and a national report. */
export async function procurementRegister(t: TestApp): Promise<void> {
  const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
  const all = (await t.http.get('/api/procurements?limit=200').set(auth(admin)).expect(200)).body;
  expect(all.total).toBe(8 * 3 * 5);
  const items = all.items as {
    year: number;
    novelty: string;
    sustainability: string[];
    organizationId: string;
  }[];
  expect(new Set(items.map((p) => p.year)).size).toBe(3);
  expect(new Set(items.map((p) => p.novelty))).toEqual(
    new Set(['new_to_market', 'new_procedure', 'new_to_buyer', 'none']),
  );
  expect(items.some((p) => p.sustainability.length === 0)).toBe(true);
  expect(items.some((p) => p.sustainability.length > 1)).toBe(true);
  const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
  const mine = (await t.http.get('/api/procurements?limit=200').set(auth(manager)).expect(200)).body;
  expect(mine.total).toBe(15);
  const followed = [];
  for (const p of mine.items as { id: string }[]) {
    const page = (await t.http.get(`/api/procurements/${p.id}`).set(auth(manager)).expect(200)).body;
    followed.push(...page.indicators);
  }
  expect(followed.length).toBeGreaterThan(0);
  expect(followed.every((i: { measurements: unknown[] }) => i.measurements.length >= 2)).toBe(true);
  const year = Math.max(...items.map((p) => p.year)) - 1;
  const report = (await t.http.get(`/api/reports/innovation?year=${year}`).set(auth(manager)).expect(200))
    .body;
  expect(report).toMatchObject({ organizations: 8, procurements: 40, innovativeShare: expect.any(Number) });
  expect(report.byOrganization).toHaveLength(1);
}

/** Puts the running cohort in three small groups with coaches, mentors, meetings and a management review. */
export async function smallGroups(t: TestApp): Promise<void> {
  const coach = await signIn(t, 'coach@keino.example', DEMO_PASSWORD);
  const teams = (await t.http.get('/api/me/mentoring').set(auth(coach)).expect(200)).body;
  expect(teams.total).toBe(5);
  const tampere = teams.items.find(
    (i: { organizationName: string }) => i.organizationName === 'Tampereen kaupunki',
  );
  expect(tampere).toMatchObject({
    as: 'coach',
    assignmentStatus: 'submitted',
    nextMeeting: expect.any(Object),
  });
  const groups = (await t.http.get(`/api/cohorts/${tampere.cohortId}/groups`).set(auth(coach)).expect(200))
    .body;
  expect(groups.total).toBe(3);
  const organizations = groups.items.flatMap(
    (g: { organizations: { mentor: unknown }[] }) => g.organizations,
  );
  expect(organizations).toHaveLength(8);
  expect(organizations.every((o: { mentor: unknown }) => o.mentor !== null)).toBe(true);
  const meetings = (await t.http.get(`/api/groups/${tampere.groupId}/meetings`).set(auth(coach)).expect(200))
    .body;
  const [past, coming] = meetings.items;
  expect(Date.parse(past.startsAt)).toBeLessThan(Date.now());
  expect(Date.parse(coming.startsAt)).toBeGreaterThan(Date.now());
  expect(past.attendance.length).toBeGreaterThan(0);
  expect(past.attendance.some((a: { attended: boolean }) => !a.attended)).toBe(true);
  const mentor = await signIn(t, 'mentor@keino.example', DEMO_PASSWORD);
  const mentored = (await t.http.get('/api/me/mentoring').set(auth(mentor)).expect(200)).body;
  expect(mentored.total).toBe(4);
  const work = (await t.http.get(`/api/assignments/${tampere.assignmentId}`).set(auth(mentor)).expect(200))
    .body;
  expect(work.managementReview).toMatchObject({ outcome: 'endorsed' });
  const manager = await signIn(t, 'manager@keino.example', DEMO_PASSWORD);
  const mine = (await t.http.get('/api/me/group-meetings').set(auth(manager)).expect(200)).body;
  expect(mine.items[0]).toMatchObject({ groupName: 'Pienryhmä Pirkanmaa ja Keski-Suomi' });
}

/** Has three developer groups with members, Finnish threads, versioned criteria, a past meeting and an open dialogue. */
export async function developerGroups(t: TestApp): Promise<void> {
  const coordinator = await signIn(t, 'coordinator@keino.example', DEMO_PASSWORD);
  const groups = (await t.http.get('/api/developer-groups').set(auth(coordinator)).expect(200)).body
    .items as {
    id: string;
    name: string;
    member: boolean;
    organizationCount: number;
  }[];
  expect(groups.map((g) => [g.name, g.member, g.organizationCount])).toEqual([
    ['Innovatiivinen hyvinvointiteknologia', false, 2],
    ['Kestävät ruokapalvelut', true, 3],
    ['Päästöttömät työmaat', false, 3],
  ]);
  // Tampere's coordinator is outside the construction group until a facilitator lets Tampere in.
  const construction = groups[2].id;
  await t.http.get(`/api/developer-groups/${construction}/threads`).set(auth(coordinator)).expect(404);
  const trainer = await signIn(t, 'trainer@keino.example', DEMO_PASSWORD);
  const threads = await t.http.get(`/api/developer-groups/${construction}/threads`).set(auth(trainer));
  expect(threads.body.items.map((x: { postCount: number }) => x.postCount)).toEqual([3, 4]);
  const docs = await t.http.get(`/api/developer-groups/${construction}/documents`).set(auth(trainer));
  expect(docs.body.items).toEqual([
    expect.objectContaining({
      name: 'Yhteiset hankintakriteerit.pdf',
      version: 2,
      mediaType: 'application/pdf',
    }),
  ]);
  const events = (await t.http.get(`/api/developer-groups/${construction}/events`).set(auth(trainer))).body
    .items as {
    id: string;
    kind: string;
    registrationOpen: boolean;
    registrationCount: number;
    startsAt: string;
  }[];
  const past = events.find((e) => e.kind === 'meeting');
  expect(Date.parse(past?.startsAt ?? '')).toBeLessThan(Date.now());
  const dialogue = events.find((e) => e.kind === 'market_dialogue');
  expect(dialogue).toMatchObject({ registrationOpen: true, registrationCount: 2 });
  await t.http.get(`/api/events/${dialogue?.id}`).expect(200);
}

/** Opens a call for the next cohort with seven applications: two drafts, five submitted, three reviewed twice. */
export async function callForApplications(t: TestApp): Promise<void> {
  const admin = await signIn(t, 'admin@keino.example', DEMO_PASSWORD);
  const calls = (await t.http.get('/api/calls').set(auth(admin)).expect(200)).body;
  expect(calls.items).toEqual([
    expect.objectContaining({ status: 'open', cohortName: 'KEINO-akatemia 2027, kevät' }),
  ]);
  const callId = calls.items[0].id as string;
  const list = (await t.http.get(`/api/calls/${callId}/applications`).set(auth(admin)).expect(200)).body;
  const items = list.items as {
    status: string;
    reviewCount: number;
    region: string;
    score: number | null;
  }[];
  expect(items).toHaveLength(7);
  expect(items.filter((a) => a.status === 'draft')).toHaveLength(2);
  expect(items.filter((a) => a.status === 'submitted')).toHaveLength(5);
  expect(items.filter((a) => a.reviewCount === 2)).toHaveLength(3);
  expect(new Set(items.map((a) => a.region)).size).toBeGreaterThanOrEqual(5);
  // Ranked: the reviewed ones first, highest score first.
  const scores = items.slice(0, 3).map((a) => a.score ?? 0);
  expect(scores).toEqual([...scores].sort((x, y) => y - x));
  const coordinator = await signIn(t, 'coordinator@keino.example', DEMO_PASSWORD);
  const mine = (await t.http.get(`/api/calls/${callId}`).set(auth(coordinator)).expect(200)).body;
  const draft = (
    await t.http.get(`/api/applications/${mine.myApplicationId}`).set(auth(coordinator)).expect(200)
  ).body;
  expect(draft).toMatchObject({ status: 'draft', organization: { name: 'Tampereen kaupunki' } });
  const trainer = await signIn(t, 'trainer@keino.example', DEMO_PASSWORD);
  expect(
    (await t.http.get(`/api/calls/${callId}/applications`).set(auth(trainer)).expect(200)).body.total,
  ).toBe(5);
}
