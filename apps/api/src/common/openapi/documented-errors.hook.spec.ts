import type { ErrorCode } from '@keino/contracts';
import Fastify, { type FastifyInstance } from 'fastify';

import type { DocumentedErrors } from './describe-operations';
import { answerUndocumentedErrors } from './documented-errors.hook';

describe('the strict check of documented error codes', () => {
  let fastify: FastifyInstance;

  async function start(documented: ErrorCode[]): Promise<void> {
    fastify = Fastify();
    answerUndocumentedErrors(
      fastify,
      new Map([['GET /api/things/:id', new Set(documented)]]) as DocumentedErrors,
    );
    fastify.get('/api/things/:id', (_req, reply) =>
      reply
        .code(404)
        .send({ statusCode: 404, error: 'not found', message: 'Thing not found', code: 'NOT_FOUND' }),
    );
    fastify.get('/api/other', (_req, reply) => reply.code(409).send({ code: 'CONFLICT' }));
    await fastify.ready();
  }
  afterEach(() => fastify.close());

  it('lets an error through when its route documents the code', async () => {
    await start(['NOT_FOUND']);
    const res = await fastify.inject({ method: 'GET', url: '/api/things/1' });
    expect({ status: res.statusCode, code: res.json<{ code: string }>().code }).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
  });

  it('answers 500 UNDOCUMENTED_ERROR, naming the route and the code, when it does not', async () => {
    await start(['UNAUTHENTICATED']);
    const res = await fastify.inject({ method: 'GET', url: '/api/things/1' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({
      code: 'UNDOCUMENTED_ERROR',
      message: expect.stringContaining('GET /api/things/:id answered 404 NOT_FOUND') as string,
    });
  });

  it('leaves routes outside the document alone', async () => {
    await start([]);
    expect((await fastify.inject({ method: 'GET', url: '/api/other' })).statusCode).toBe(409);
  });
});
