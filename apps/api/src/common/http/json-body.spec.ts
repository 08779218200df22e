import Fastify, { type FastifyInstance } from 'fastify';

import { MAX_JSON_DEPTH, nestsDeeperThan, registerJsonBodyParser } from './json-body';

const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('the JSON body parser', () => {
  let fastify: FastifyInstance;

  beforeAll(async () => {
    fastify = Fastify();
    registerJsonBodyParser(fastify);
    fastify.post('/echo', (req) => ({ body: req.body ?? null }));
    await fastify.ready();
  });
  afterAll(() => fastify.close());

  const post = (payload: string | Buffer) =>
    fastify.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload,
    });

  it('takes nesting up to the limit and refuses one level more, arrays and objects alike', async () => {
    expect((await post(nestedArrays(MAX_JSON_DEPTH))).statusCode).toBe(200);
    const tooDeep = await post(nestedArrays(MAX_JSON_DEPTH + 1));
    expect({ status: tooDeep.statusCode, message: tooDeep.json<{ message: string }>().message }).toEqual({
      status: 400,
      message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels`,
    });
    const deepObject = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect((await post(deepObject)).statusCode).toBe(400);
  });

  it('refuses a NUL in a value or a key, naming where, and takes an escaped backslash before u0000', async () => {
    const value = await post(JSON.stringify({ list: ['ok', 'a\u0000b'] }));
    expect(value.json<{ message: string }>().message).toBe('body.list[1] contains a NUL character');
    expect((await post(JSON.stringify({ nested: { 'k\u0000': 1 } }))).statusCode).toBe(400);
    const literal = await post(JSON.stringify({ text: 'back\\u0000slash' }));
    expect(literal.json()).toEqual({ body: { text: 'back\\u0000slash' } });
  });

  it('refuses bytes that are not UTF-8 and lone surrogates, naming where; takes a pair and a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const notUtf8 = await post(bytes);
    expect({ status: notUtf8.statusCode, message: notUtf8.json<{ message: string }>().message }).toEqual({
      status: 400,
      message: 'The body is not valid UTF-8',
    });
    const lone = await post('{"list":["ok","a\\udfffb"]}');
    expect(lone.json<{ message: string }>().message).toBe(
      'body.list[1] contains a lone surrogate (not valid Unicode)',
    );
    expect((await post('{"\\ud800":1}')).statusCode).toBe(400);
    expect((await post('{"text":"\\ud83d\\ude00"}')).json()).toEqual({ body: { text: '\u{1f600}' } });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"ä"}')]);
    expect((await post(bom)).json()).toEqual({ body: { text: 'ä' } });
  });

  it('reads an empty body as no body', async () => {
    expect((await post('')).json()).toEqual({ body: null });
  });

  it('measures nesting without recursing past the limit', () => {
    expect(nestsDeeperThan(JSON.parse(nestedArrays(100_000)), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: 'x' }] }, 3)).toBe(false);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});
