import type { InnovationReportResponse, OrganizationKind, RegionCode } from '@keino/contracts';

import { Actor, auth, createOrganization, createUser } from '../../test/factories';
import { createProcurement } from '../../test/factories/procurements';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';

/**
 * A seeded year (2031) of six organisations, figures computed by hand:
 *   A 06 municipality:  100 new_to_market (environmental, dialogue), 300 none
 *   B 06 municipality:  200 new_procedure (social), 400 new_to_buyer (dialogue)
 *   C 06 state_agency:  500 new_to_buyer (climate, circular)
 *   D 01 municipality: 1000 none
 *   E 01 wellbeing:     500 new_to_market (dialogue)
 *   F 06 municipality:  250 new_to_market, 50 none
 * and one of A's in 2030, which no 2031 figure may count.
 */
describe('innovation report over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let memberA: Actor;
  let agent01: Actor;
  let coordinatorD: Actor;
  let noOrg: Actor;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
    const shape: Record<string, [RegionCode, OrganizationKind]> = {
      A: ['06', 'municipality'],
      B: ['06', 'municipality'],
      C: ['06', 'state_agency'],
      D: ['01', 'municipality'],
      E: ['01', 'wellbeing_county'],
      F: ['06', 'municipality'],
    };
    for (const [key, [region, kind]] of Object.entries(shape)) {
      org[key] = (await createOrganization(t, admin, { name: `Org ${key}`, region, kind })).id;
    }
    memberA = await createUser(t, admin, { organizationId: org.A });
    coordinatorD = await createUser(t, admin, {
      organizationId: org.D,
      roles: ['participant', 'coordinator'],
    });
    agent01 = await createUser(t, admin, { roles: ['change_agent'], regions: ['01'] });
    noOrg = await createUser(t, admin, { roles: ['participant'] });
    const seed: [string, number, string, string[], boolean][] = [
      ['A', 100, 'new_to_market', ['environmental'], true],
      ['A', 300, 'none', [], false],
      ['B', 200, 'new_procedure', ['social'], false],
      ['B', 400, 'new_to_buyer', [], true],
      ['C', 500, 'new_to_buyer', ['climate', 'circular'], false],
      ['D', 1000, 'none', [], false],
      ['E', 500, 'new_to_market', [], true],
      ['F', 250, 'new_to_market', [], false],
      ['F', 50, 'none', [], false],
    ];
    for (const [key, valueEur, novelty, sustainability, marketDialogue] of seed) {
      await createProcurement(t, admin, {
        organizationId: org[key],
        year: 2031,
        valueEur,
        novelty,
        sustainability,
        marketDialogue,
      });
    }
    await createProcurement(t, admin, {
      organizationId: org.A,
      year: 2030,
      valueEur: 9999,
      novelty: 'new_to_market',
    });
  });
  afterAll(() => t.close());

  const report = async (as: Actor, query = 'year=2031') =>
    (await t.http.get(`/api/reports/innovation?${query}`).set(auth(as)).expect(200))
      .body as InnovationReportResponse;

  it('computes the year’s shares by value and by count, with every breakdown', async () => {
    const r = await report(admin);
    expect(r).toMatchObject({
      year: 2031,
      target: 0.1,
      organizations: 6,
      procurements: 9,
      valueEur: 3300,
      innovativeValueEur: 1050,
    });
    expect(r.innovativeShare).toBeCloseTo(1050 / 3300, 10);
    expect(r.innovativeCountShare).toBeCloseTo(4 / 9, 10);
    expect(r.newToBuyerShare).toBeCloseTo(2 / 9, 10);
    expect(r.sustainableShare).toBeCloseTo(3 / 9, 10);
    expect(r.marketDialogueShare).toBeCloseTo(3 / 9, 10);
    // new_to_market: A, E, F; none: A, D, F; new_to_buyer: B, C (two); new_procedure: B alone.
    expect(r.byNovelty).toEqual([
      { novelty: 'new_to_market', count: 3, valueEur: 850 },
      { novelty: 'new_procedure', count: null, valueEur: null },
      { novelty: 'new_to_buyer', count: null, valueEur: null },
      { novelty: 'none', count: 3, valueEur: 1350 },
    ]);
    expect(r.byRegion).toEqual([
      {
        region: '01',
        organizations: 2,
        procurements: 2,
        valueEur: null,
        innovativeValueEur: null,
        innovativeShare: null,
      },
      {
        region: '06',
        organizations: 4,
        procurements: 7,
        valueEur: 1800,
        innovativeValueEur: 550,
        innovativeShare: expect.closeTo(550 / 1800, 10),
      },
    ]);
    expect(r.byOrganization).toHaveLength(6);
    expect(r.byOrganization.find((o) => o.organizationId === org.A)).toEqual({
      organizationId: org.A,
      name: 'Org A',
      region: '06',
      procurements: 2,
      valueEur: 400,
      innovativeShare: 0.25,
    });
  });

  it('holds the small-group rule under every filter', async () => {
    const municipalities = await report(admin, 'year=2031&kind=municipality');
    expect(municipalities).toMatchObject({
      organizations: 4,
      procurements: 7,
      valueEur: 2300,
      innovativeValueEur: 550,
    });
    expect(municipalities.innovativeShare).toBeCloseTo(550 / 2300, 10);
    expect(municipalities.innovativeCountShare).toBeCloseTo(3 / 7, 10);
    expect(municipalities.byNovelty).toEqual([
      { novelty: 'new_to_market', count: null, valueEur: null },
      { novelty: 'new_procedure', count: null, valueEur: null },
      { novelty: 'new_to_buyer', count: null, valueEur: null },
      { novelty: 'none', count: 3, valueEur: 1350 },
    ]);
    expect(municipalities.byRegion).toEqual([
      {
        region: '01',
        organizations: 1,
        procurements: 1,
        valueEur: null,
        innovativeValueEur: null,
        innovativeShare: null,
      },
      {
        region: '06',
        organizations: 3,
        procurements: 6,
        valueEur: 1300,
        innovativeValueEur: 550,
        innovativeShare: expect.closeTo(550 / 1300, 10),
      },
    ]);
    // Two organisations, and one: every aggregate null, the counts still given.
    for (const [query, organizations, procurements] of [
      ['year=2031&region=01', 2, 2],
      ['year=2031&kind=state_agency', 1, 1],
      ['year=2031&region=06&kind=wellbeing_county', 0, 0],
      ['year=2029', 0, 0],
    ] as const) {
      const r = await report(memberA, query);
      expect({ query, ...r, byRegion: undefined, byNovelty: undefined, byOrganization: undefined }).toEqual({
        query,
        year: Number(/year=(\d+)/.exec(query)?.[1]),
        target: 0.1,
        organizations,
        procurements,
        valueEur: null,
        innovativeValueEur: null,
        innovativeShare: null,
        innovativeCountShare: null,
        newToBuyerShare: null,
        sustainableShare: null,
        marketDialogueShare: null,
        byRegion: undefined,
        byNovelty: undefined,
        byOrganization: undefined,
      });
      expect(r.byNovelty.map((n) => [n.count, n.valueEur])).toEqual([
        [null, null],
        [null, null],
        [null, null],
        [null, null],
      ]);
      for (const region of r.byRegion)
        expect(region).toMatchObject({ valueEur: null, innovativeShare: null });
    }
  });

  it('lists organisations one by one only as the caller may see them', async () => {
    const ids = (r: InnovationReportResponse) => r.byOrganization.map((o) => o.organizationId).sort();
    expect(ids(await report(memberA))).toEqual([org.A]);
    expect(ids(await report(coordinatorD))).toEqual([org.D]);
    expect(ids(await report(agent01))).toEqual([org.D, org.E].sort());
    expect(ids(await report(noOrg))).toEqual([]);
    // The aggregates are the same for everyone.
    const forAdmin = { ...(await report(admin)), byOrganization: [] };
    const forMember = { ...(await report(memberA)), byOrganization: [] };
    expect(forMember).toEqual(forAdmin);
  });

  it('exports one row per organisation the caller may see, for admins and change agents', async () => {
    const csv = await t.http.get('/api/reports/innovation.csv?year=2031').set(auth(admin)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('organizationId,name,region,year,procurements,valueEur,innovativeShare');
    expect(lines).toHaveLength(7);
    expect(lines).toContain(`${org.A},Org A,06,2031,2,400,0.25`);
    const agents = await t.http.get('/api/reports/innovation.csv?year=2031').set(auth(agent01)).expect(200);
    expect(
      agents.text
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([org.D, org.E].sort());
    await t.http.get('/api/reports/innovation.csv?year=2031').set(auth(coordinatorD)).expect(403);
    await t.http.get('/api/reports/innovation.csv?year=2031').set(auth(memberA)).expect(403);
    await t.http.get('/api/reports/innovation.csv?year=2031').expect(401);
    const xlsx = await t.http.get('/api/reports/innovation.xlsx?year=2031').set(auth(agent01)).expect(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('refuses a missing or impossible year and unknown filters with 400', async () => {
    for (const query of [
      '',
      'year=1999',
      'year=abc',
      'year=2031&region=99',
      'year=2031&kind=city',
      'year=2031&x=1',
    ]) {
      await t.http.get(`/api/reports/innovation?${query}`).set(auth(admin)).expect(400);
    }
    await t.http.get('/api/reports/innovation?year=2031').expect(401);
  });

  it('publishes the national aggregates as open data without sign-in, naming no organisation', async () => {
    const json = await t.http.get('/api/open-data/innovation.json?year=2031').expect(200);
    const { license, licenseUrl, source, ...figures } = json.body;
    expect({ license, licenseUrl }).toEqual({
      license: 'CC BY 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(source).toEqual(expect.any(String));
    const aggregates: Partial<InnovationReportResponse> = { ...(await report(admin)) };
    delete aggregates.byOrganization;
    expect(figures).toEqual(aggregates);
    expect(JSON.stringify(json.body)).not.toMatch(/Org [A-F]/);
    const small = await t.http.get('/api/open-data/innovation.json?year=2031&region=01').expect(200);
    expect(small.body).toMatchObject({ organizations: 2, valueEur: null, innovativeShare: null });
    const csv = await t.http.get('/api/open-data/innovation.csv?year=2031').expect(200);
    expect(csv.text.trim().split('\n')).toEqual([
      'year,region,organizations,procurements,valueEur,innovativeValueEur,innovativeShare,license',
      `2031,all,6,9,3300,1050,${1050 / 3300},CC BY 4.0`,
      '2031,01,2,2,,,,CC BY 4.0',
      `2031,06,4,7,1800,550,${550 / 1800},CC BY 4.0`,
    ]);
    await t.http.get('/api/open-data/innovation.json').expect(400);
  });
});
