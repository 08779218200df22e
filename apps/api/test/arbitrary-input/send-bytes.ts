import type { FastifyInstance } from 'fastify';

import { TestApp } from '../setup/test-app';

/** An answer's status and its JSON body (an empty object when the body is not JSON). */
export interface RawAnswer {
  status: number;
  body: { code?: unknown; message?: unknown; [key: string]: unknown };
}

/**
 * Sends `bytes` as they are with `Content-Type: application/json` (supertest would serialise a Buffer to JSON), through
 * Fastify's inject: the same content-type parser, pipes and filters as a request from the network.
 */
export async function sendBytes(
  t: TestApp,
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  bytes: Buffer,
): Promise<RawAnswer> {
  const fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
  const res = await fastify.inject({
    method,
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: bytes,
  });
  let body: RawAnswer['body'] = {};
  try {
    body = res.json();
  } catch {
    // not JSON: the checks on `code` fail with the status in view
  }
  return { status: res.statusCode, body };
}
