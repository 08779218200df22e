import { Logger } from '@nestjs/common';
import { errorCodeOf, type ErrorResponse } from '@keino/contracts';
import type { FastifyInstance } from 'fastify';

import type { DocumentedErrors } from './describe-operations';

function parse(payload: unknown): unknown {
  try {
    return typeof payload === 'string' ? JSON.parse(payload) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For the tests: an error answer whose code the route's OpenAPI operation does not document becomes
 * 500 UNDOCUMENTED_ERROR, so every test that provokes an error also proves the document lists it.
 */
export function answerUndocumentedErrors(fastify: FastifyInstance, documented: DocumentedErrors): void {
  const logger = new Logger('OpenAPI');
  fastify.addHook('onSend', (req, reply, payload, done) => {
    const codes =
      reply.statusCode >= 400 ? documented.get(`${req.method} ${req.routeOptions.url}`) : undefined;
    const code = codes ? errorCodeOf(parse(payload)) : undefined;
    if (!codes || (code && codes.has(code))) return done(null, payload);
    const message = `${req.method} ${req.routeOptions.url} answered ${reply.statusCode} ${code ?? 'without a code'}, which its OpenAPI operation does not document`;
    logger.error(message);
    const body: ErrorResponse = {
      statusCode: 500,
      error: 'internal server error',
      message,
      code: 'UNDOCUMENTED_ERROR',
    };
    void reply.code(500).type('application/json; charset=utf-8');
    return done(null, JSON.stringify(body));
  });
}
