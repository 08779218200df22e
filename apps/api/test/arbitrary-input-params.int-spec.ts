import fc from 'fast-check';

import { pathValue, queryValue, Verdict, WireValue } from './arbitrary-input/hostile-values';
import { Operation, readOperations, withPathParam } from './arbitrary-input/operations';
import { settled, tableSnapshots } from './arbitrary-input/snapshot';
import { MATRIX } from './authorization-matrix/areas';
import { startMatrixWorld } from './authorization-matrix/fixture';
import { Case, World } from './authorization-matrix/matrix';
import { auth } from './factories';
import { TestApp } from './setup/test-app';

/**
 * Arbitrary and hostile values in every query parameter of every GET route and in every path parameter of every
 * route. The routes and their parameters come from the OpenAPI document, and a caller the route lets in and a path
 * that names something from the route's rows in the authorisation matrix, so a new route is covered without a line
 * here. Never a 5xx; NUL and text that is not UTF-8 a 400; a path naming nothing a 4xx; a 4xx writes nothing.
 */
describe('arbitrary query and path parameters to every route', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];
  let snapshot: () => Promise<string>;
  /** The tables as the last answer left them. */
  let last: string;

  beforeAll(async () => {
    ({ t, world } = await startMatrixWorld());
    operations = await readOperations(t);
    snapshot = await tableSnapshots(t);
    last = await settled(snapshot);
  });
  afterAll(() => t.close());

  /** The route's row whose caller gets through: a 2xx one, else one that only the route's own rules refuse. */
  const passingRow = (route: string): Case => {
    const rows = MATRIX[route] ?? [];
    const row =
      rows.find((c) => c.expect >= 200 && c.expect < 300) ??
      rows.find((c) => c.as !== 'anonymous' && ![401, 403].includes(c.expect));
    if (!row) throw new Error(`${route}: no row of the authorisation matrix lets a caller through`);
    return row;
  };
  const headersOf = (row: Case) => (row.as === 'anonymous' ? {} : auth(world.users[row.as]));

  /** Fails, naming the request, unless the answer fits the verdict; a 4xx must leave every table as it was. */
  const expectAnswer = async (
    request: string,
    res: { status: number; body?: { code?: unknown } },
    verdict: Verdict,
  ) => {
    const said = `${request.slice(0, 300)} answered ${res.status} ${JSON.stringify(res.body ?? null).slice(0, 300)}`;
    const code = res.body?.code;
    if (res.status >= 500) throw new Error(said);
    if (res.status >= 400 && typeof code !== 'string') throw new Error(`${said}: no error code`);
    if (verdict === 'refused' && (res.status !== 400 || code !== 'VALIDATION_FAILED')) {
      throw new Error(`${said}, not 400 VALIDATION_FAILED`);
    }
    if (verdict === 'client error' && (res.status < 400 || res.status >= 500)) {
      throw new Error(`${said}, not a 4xx`);
    }
    const now = await snapshot();
    if (res.status >= 400 && now !== last) throw new Error(`${said}, and wrote to the database`);
    last = now;
  };
  const worst = (values: WireValue[]): Verdict =>
    values.some((v) => v.verdict === 'refused') ? 'refused' : 'any';

  it('never answers 5xx to any query parameter of a GET route; NUL and not UTF-8 are a 400', async () => {
    const gets = operations.filter((op) => op.method === 'get' && op.queryParams.length > 0);
    expect(gets.length).toBeGreaterThan(10);
    for (const op of gets) {
      const row = passingRow(`GET ${op.template}`);
      const path = (await row.path(world)).split('?')[0];
      const key = fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constantFrom(...op.queryParams).map((wire): WireValue => ({ wire, verdict: 'any' })),
        },
        queryValue,
      );
      const query = fc.array(fc.tuple(key, queryValue), { minLength: 1, maxLength: 3 });
      await fc.assert(
        fc.asyncProperty(query, async (pairs) => {
          const url = `${path}?${pairs.map(([k, v]) => `${k.wire}=${v.wire}`).join('&')}`;
          const res = await t.http.get(url).set(headersOf(row));
          await expectAnswer(`GET ${url}`, res, worst(pairs.flat()));
        }),
        { numRuns: 25 },
      );
    }
  });

  it('answers a 4xx that writes nothing to a path parameter that names nothing, on every route', async () => {
    const withParams = operations.filter((op) => op.pathParams.length > 0);
    expect(withParams.length).toBeGreaterThan(40);
    for (const op of withParams) {
      const route = `${op.method.toUpperCase()} ${op.template}`;
      const row = passingRow(route);
      const path = await row.path(world);
      const body = row.body?.(world);
      last = await snapshot();
      const value = fc
        .constantFrom(...op.pathParams)
        .chain((param) => pathValue(param.integer).map((v) => ({ name: param.name, ...v })));
      await fc.assert(
        fc.asyncProperty(value, async ({ name, wire, verdict }) => {
          const url = withPathParam(op.template, path, name, wire);
          let req = t.http[op.method](url).set(headersOf(row));
          if (row.attach) req = req.attach('file', row.attach, 'liite.png');
          const res = body === undefined ? await req : await req.send(body as object);
          await expectAnswer(`${op.method.toUpperCase()} ${url}`, res, verdict);
        }),
        { numRuns: 12 },
      );
    }
  });
});
