import type { ProcurementResponse } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser } from '../../test/factories';
import { procurementBody } from '../../test/factories/procurements';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

describe('procurement register over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let member: Actor;
  let colleague: Actor;
  let outsider: Actor;
  let agent: Actor;
  let farAgent: Actor;
  let noOrg: Actor;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    orgA = (await createOrganization(t, admin, { region: '06' })).id;
    orgB = (await createOrganization(t, admin, { region: '01' })).id;
    member = await createUser(t, admin, { organizationId: orgA });
    colleague = await createUser(t, admin, { organizationId: orgA, roles: ['participant', 'coordinator'] });
    outsider = await createUser(t, admin, { organizationId: orgB });
    agent = await createUser(t, admin, { roles: ['change_agent'], regions: ['06'] });
    farAgent = await createUser(t, admin, { roles: ['change_agent'], regions: ['01'] });
    noOrg = await createUser(t, admin, { roles: ['trainer'] });
  });
  afterAll(() => t.close());

  const create = async (as: Actor, overrides: object = {}) =>
    (await t.http.post('/api/procurements').set(auth(as)).send(procurementBody(overrides)).expect(201))
      .body as ProcurementResponse;

  it('records a procurement of the caller’s own organisation, with its description sanitised', async () => {
    const p = await create(member, {
      description: '<p>Hyvä</p><script>alert(1)</script>',
      title: '  Ruoka  ',
    });
    expect(p).toMatchObject({
      ...procurementBody({ title: 'Ruoka' }),
      description: '<p>Hyvä</p>',
      organizationId: orgA,
      region: '06',
      caseId: null,
      indicators: [],
      canEdit: true,
    });
    const byAdmin = await create(admin, { organizationId: orgB });
    expect(byAdmin.organizationId).toBe(orgB);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = (await t.http.get('/api/procurements').set(auth(admin))).body.total;
    for (const body of [
      {},
      procurementBody({ cpvCode: '4500' }),
      procurementBody({ cpvCode: '45000000' }),
      procurementBody({ cpvCode: '99000000-1' }),
      procurementBody({ year: 1999 }),
      procurementBody({ year: 2101 }),
      procurementBody({ valueEur: -1 }),
      procurementBody({ valueEur: 1.5 }),
      procurementBody({ valueEur: 10_000_000_001 }),
      procurementBody({ procedure: 'auction' }),
      procurementBody({ status: 'cancelled' }),
      procurementBody({ novelty: 'new' }),
      procurementBody({ sustainability: ['social', 'social'] }),
      procurementBody({ sustainability: ['green'] }),
      procurementBody({ marketDialogue: 'yes' }),
      procurementBody({ title: '   ' }),
      procurementBody({ title: 'x'.repeat(201) }),
      procurementBody({ description: 'x'.repeat(20_001) }),
      procurementBody({ extra: 1 }),
      { ...procurementBody(), strategic: undefined },
    ]) {
      const res = await t.http.post('/api/procurements').set(auth(member)).send(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect((await t.http.get('/api/procurements').set(auth(admin))).body.total).toBe(before);
  });

  it('refuses another organisation, no organisation, and an admin’s unknown organisation', async () => {
    const other = await t.http
      .post('/api/procurements')
      .set(auth(member))
      .send(procurementBody({ organizationId: orgB }))
      .expect(403);
    expect(other.body.code).toBe('NOT_SAME_ORGANIZATION');
    const none = await t.http.post('/api/procurements').set(auth(noOrg)).send(procurementBody()).expect(409);
    expect(none.body.code).toBe('NO_ORGANIZATION');
    const unknown = await t.http
      .post('/api/procurements')
      .set(auth(admin))
      .send(procurementBody({ organizationId: '00000000-0000-4000-8000-000000000000' }))
      .expect(400);
    expect(unknown.body.code).toBe('ORGANIZATION_NOT_FOUND');
    await t.http.post('/api/procurements').send(procurementBody()).expect(401);
  });

  it('shows a procurement to its organisation, admins and its region’s change agents; changes by the first two', async () => {
    const p = await create(member, { year: 2027 });
    const url = `/api/procurements/${p.id}`;
    expect((await t.http.get(url).set(auth(colleague)).expect(200)).body.canEdit).toBe(true);
    expect((await t.http.get(url).set(auth(agent)).expect(200)).body.canEdit).toBe(false);
    await t.http.get(url).set(auth(farAgent)).expect(404);
    await t.http.get(url).set(auth(outsider)).expect(404);
    await t.http.get(url).set(auth(noOrg)).expect(404);
    await t.http.patch(url).set(auth(outsider)).send({ title: 'x' }).expect(404);
    const refused = await t.http.patch(url).set(auth(agent)).send({ title: 'x' }).expect(403);
    expect(refused.body.code).toBe('NOT_SAME_ORGANIZATION');
    await t.http.delete(url).set(auth(agent)).expect(403);
    await t.http.delete(url).set(auth(outsider)).expect(404);
    for (const body of [{ year: 1999 }, { cpvCode: 'x' }, { title: null }, { sustainability: ['x'] }]) {
      const res = await t.http.patch(url).set(auth(colleague)).send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const changed = await t.http
      .patch(url)
      .set(auth(colleague))
      .send({ status: 'contracted', novelty: 'new_to_market', sustainability: [] })
      .expect(200);
    expect(changed.body).toMatchObject({
      status: 'contracted',
      novelty: 'new_to_market',
      sustainability: [],
    });
    await t.http.patch(url).set(auth(admin)).send({ valueEur: 1 }).expect(200);
    await t.http.delete(url).set(auth(colleague)).expect(204);
    await t.http.get(url).set(auth(colleague)).expect(404);
    await t.http.delete(url).set(auth(colleague)).expect(404);
  });

  it('lists by scope and filters', async () => {
    const mine = await create(member, { year: 2028, novelty: 'new_procedure' });
    const theirs = await create(admin, { organizationId: orgB, year: 2028, novelty: 'none' });
    const ids = async (as: Actor, query = 'year=2028') =>
      (
        (await t.http.get(`/api/procurements?${query}`).set(auth(as)).expect(200)).body.items as {
          id: string;
        }[]
      ).map((i) => i.id);
    expect(await ids(member)).toEqual([mine.id]);
    expect(await ids(outsider)).toEqual([theirs.id]);
    expect(await ids(agent)).toEqual([mine.id]);
    expect(await ids(farAgent)).toEqual([theirs.id]);
    expect(await ids(noOrg)).toEqual([]);
    expect((await ids(admin)).sort()).toEqual([mine.id, theirs.id].sort());
    expect(await ids(admin, 'year=2028&novelty=none')).toEqual([theirs.id]);
    expect(await ids(admin, 'year=2028&region=06')).toEqual([mine.id]);
    expect(await ids(admin, `year=2028&organizationId=${orgB}`)).toEqual([theirs.id]);
    expect(await ids(member, `year=2028&organizationId=${orgB}`)).toEqual([]);
    const page = await t.http.get('/api/procurements?year=2028&limit=1').set(auth(admin)).expect(200);
    expect(page.body).toMatchObject({ total: 2, items: [expect.any(Object)] });
    for (const query of ['year=1999', 'novelty=x', 'region=99', 'organizationId=x', 'limit=201']) {
      await t.http.get(`/api/procurements?${query}`).set(auth(admin)).expect(400);
    }
  });

  it('follows indicators with measurements in date order and progress held within 0–1', async () => {
    const p = await create(member);
    const add = (as: Actor, body: object) =>
      t.http.post(`/api/procurements/${p.id}/indicators`).set(auth(as)).send(body);
    const co2 = { name: 'Päästöt', unit: 't CO₂e', baseline: 100, target: 60, direction: 'decrease' };
    const indicator = (await add(colleague, co2).expect(201)).body;
    expect(indicator).toMatchObject({ ...co2, progress: null, measurements: [] });
    await add(outsider, co2).expect(404);
    expect((await add(agent, co2).expect(403)).body.code).toBe('NOT_SAME_ORGANIZATION');
    for (const body of [
      { ...co2, target: 120 },
      { ...co2, target: 100 },
      { ...co2, direction: 'increase' },
      { ...co2, baseline: 'x' },
      { ...co2, name: ' ' },
      { ...co2, target: 1e13 },
    ]) {
      const res = await add(colleague, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const measure = (as: Actor, body: object, id = indicator.id as string) =>
      t.http.post(`/api/indicators/${id}/measurements`).set(auth(as)).send(body);
    await measure(member, { measuredOn: '2027-06-30', value: 80 }).expect(201);
    const two = (await measure(member, { measuredOn: '2026-06-30', value: 95 }).expect(201)).body;
    expect(two.measurements).toEqual([
      { measuredOn: '2026-06-30', value: 95 },
      { measuredOn: '2027-06-30', value: 80 },
    ]);
    expect(two.progress).toBeCloseTo(0.5); // (80 − 100) / (60 − 100)
    // The same day again replaces the value; past the target is held at 1, behind the baseline at 0.
    expect((await measure(member, { measuredOn: '2027-06-30', value: 40 }).expect(201)).body.progress).toBe(
      1,
    );
    expect((await measure(member, { measuredOn: '2028-06-30', value: 130 }).expect(201)).body.progress).toBe(
      0,
    );
    await measure(outsider, { measuredOn: '2028-07-01', value: 1 }).expect(404);
    await measure(agent, { measuredOn: '2028-07-01', value: 1 }).expect(403);
    await measure(
      member,
      { measuredOn: '2028-07-01', value: 1 },
      '00000000-0000-4000-8000-000000000000',
    ).expect(404);
    for (const body of [
      { measuredOn: '2027-02-30', value: 1 },
      { measuredOn: '1999-12-31', value: 1 },
      { measuredOn: '2027-01-01T00:00:00Z', value: 1 },
      { measuredOn: '2027-01-01', value: 'x' },
      { measuredOn: '2027-01-01' },
    ]) {
      const res = await measure(member, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const visits = (
      await add(member, { name: 'Käynnit', unit: 'kpl', baseline: 0, target: 200, direction: 'increase' })
    ).body;
    await measure(member, { measuredOn: '2027-01-01', value: 50 }, visits.id).expect(201);
    const page = (await t.http.get(`/api/procurements/${p.id}`).set(auth(agent)).expect(200)).body;
    expect(page.indicators.map((i: { name: string; progress: number }) => [i.name, i.progress])).toEqual([
      ['Päästöt', 0],
      ['Käynnit', 0.25],
    ]);
    expect(page.indicators[0].measurements.map((m: { measuredOn: string }) => m.measuredOn)).toEqual([
      '2026-06-30',
      '2027-06-30',
      '2028-06-30',
    ]);
  });

  it('turns a completed procurement into a draft case of its organisation, once', async () => {
    const p = await create(member, {
      status: 'contracted',
      procedure: 'framework',
      novelty: 'new_to_market',
    });
    const early = await t.http.post(`/api/procurements/${p.id}/case`).set(auth(member)).expect(409);
    expect(early.body.code).toBe('PROCUREMENT_NOT_COMPLETED');
    await t.http
      .patch(`/api/procurements/${p.id}`)
      .set(auth(member))
      .send({ status: 'completed' })
      .expect(200);
    await t.http.post(`/api/procurements/${p.id}/case`).set(auth(outsider)).expect(404);
    await t.http.post(`/api/procurements/${p.id}/case`).set(auth(agent)).expect(403);
    const draft = (await t.http.post(`/api/procurements/${p.id}/case`).set(auth(colleague)).expect(201)).body;
    expect(draft).toMatchObject({
      status: 'draft',
      organizationId: orgA,
      title: p.title,
      procedure: 'framework_agreement',
      cpvCode: p.cpvCode,
      themes: expect.arrayContaining([
        'strategy',
        'innovation',
        'market_dialogue',
        'sustainability',
        'circular_economy',
      ]),
    });
    const again = await t.http.post(`/api/procurements/${p.id}/case`).set(auth(member)).expect(409);
    expect(again.body.code).toBe('CASE_ALREADY_CREATED');
    expect((await t.http.get(`/api/procurements/${p.id}`).set(auth(member))).body.caseId).toBe(draft.id);
    await t.http.get(`/api/cases/${draft.id}`).set(auth(member)).expect(200);
    await t.http.get(`/api/cases/${draft.id}`).set(auth(outsider)).expect(404);
  });
});
