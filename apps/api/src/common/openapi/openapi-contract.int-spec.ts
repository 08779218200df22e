import { loadEsm } from 'load-esm';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import type { OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

import { startSuite } from '../../../test/setup/suite';
import type { TestApp } from '../../../test/setup/test-app';
import { routeUrl } from './describe-operations';

/** The members of a type literal (or interface), by name. */
function members(node: ts.Node | undefined): Map<string, ts.TypeNode | undefined> {
  const found = new Map<string, ts.TypeNode | undefined>();
  if (!node || !(ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node))) return found;
  for (const member of node.members) {
    if (ts.isPropertySignature(member))
      found.set(member.name.getText().replace(/^["']|["']$/g, ''), member.type);
  }
  return found;
}

// What openapi-typescript writes for an answer the document does not describe.
const UNTYPED = new Set(['unknown', 'never', 'Record<string, never>', 'Record<string, unknown>', 'any']);

/** An outside client's view: the TypeScript that openapi-typescript generates from /api/docs-json. */
describe('the OpenAPI document as an outside client sees it', () => {
  let t: TestApp;
  let operations: Map<string, ts.TypeNode | undefined>;

  beforeAll(async () => {
    ({ t } = await startSuite());
    const document = (await t.http.get('/api/docs-json').expect(200)).body as OpenAPI3;
    // openapi-typescript's dependencies are ESM only; load-esm keeps the dynamic import intact under jest.
    const { default: openapiTS, astToString } =
      await loadEsm<typeof import('openapi-typescript')>('openapi-typescript');
    const source = ts.createSourceFile(
      'api.d.ts',
      astToString(await openapiTS(document)),
      ts.ScriptTarget.Latest,
      true,
    );
    operations = members(
      source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'operations'),
    );
  });
  afterAll(() => t.close());

  it('types every operation', () => {
    expect(operations.size).toBeGreaterThan(80);
  });

  it('types the success answer of every operation (a body, a file, no content, or a redirect)', () => {
    const untyped: string[] = [];
    for (const [operation, type] of operations) {
      const responses = members(members(type).get('responses'));
      const success = [...responses].filter(([status]) => status.startsWith('2') || status === '302');
      if (success.length === 0) untyped.push(`${operation}: no success answer`);
      for (const [status, response] of success) {
        const content = members(response).get('content');
        // 204, and a 202 that only says the work was taken on (an emailed link), answer no body.
        if (status === '204' || (status === '202' && members(content).size === 0)) continue;
        if (status === '302') {
          if (!members(members(response).get('headers')).has('Location')) untyped.push(`${operation} 302: no Location`);
          continue;
        }
        const bodies = [...members(content)];
        if (bodies.length === 0) untyped.push(`${operation} ${status}: no content`);
        for (const [mediaType, body] of bodies) {
          if (!body || UNTYPED.has(body.getText()))
            untyped.push(`${operation} ${status} ${mediaType}: untyped`);
        }
      }
    }
    expect(untyped).toEqual([]);
  });

  it('answers errors as ErrorResponse with the codes of each status, on every operation', () => {
    const missing: string[] = [];
    for (const [operation, type] of operations) {
      const errors = [...members(members(type).get('responses'))].filter(([status]) => /^[45]/.test(status));
      if (errors.length === 0) missing.push(`${operation}: no error answers`);
      for (const [status, response] of errors) {
        const body = members(members(response).get('content')).get('application/json')?.getText() ?? '';
        if (!body.includes('components["schemas"]["ErrorResponse"]') || !body.includes('code:')) {
          missing.push(`${operation} ${status}: ${body || 'no body'}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keys the strict check by the routes Fastify serves, so it sees every documented operation', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as OpenAPI3;
    const fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
    const unserved = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item)
        .map((method) => ({ method: method.toUpperCase() as HTTPMethods, url: routeUrl(path) }))
        .filter((route) => !fastify.hasRoute(route))
        .map((route) => `${route.method} ${route.url}`),
    );
    expect(unserved).toEqual([]);
  });

  it('names the contract types, so a client reads a course as CourseDetailResponse', () => {
    const get = members(
      members(members(operations.get('CoursesController_get')).get('responses')).get('200'),
    );
    expect(members(get.get('content')).get('application/json')?.getText()).toBe(
      'components["schemas"]["CourseDetailResponse"]',
    );
  });
});
