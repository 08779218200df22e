import type { FastifyInstance } from 'fastify';

import { findNul } from './hostile-input';

/** Deeper than any body the API takes; class-transformer and class-validator recurse, so 10,000 levels overflowed. */
export const MAX_JSON_DEPTH = 64;

/** A 400 the way Fastify's own body errors carry it: the errors filter answers VALIDATION_FAILED. */
export class JsonBodyError extends Error {
  readonly statusCode = 400;
}

/**
 * Whether arrays and objects nest deeper than `levels` in a parsed value. It stops at the first too-deep branch, so
 * its own recursion stays within `levels`; V8's JSON.parse does not recurse, so any depth gets this far.
 */
export function nestsDeeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => nestsDeeperThan(item, levels - 1));
}

/**
 * The one JSON body parser: Fastify's own (size limit, prototype-poisoning check) behind two refusals that keep
 * hostile bodies from the pipes and PostgreSQL: nesting deeper than MAX_JSON_DEPTH, and NUL characters in any
 * string or key (PostgreSQL cannot store 0x00 in text). Clients often send `Content-Type: application/json` with no
 * body on calls that take none; Express let that through, Fastify refuses it. Keep the contract: an empty body is
 * no body.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body.toString();
    if (text === '') return done(null, undefined);
    return parseJson(req, text, (error, parsed: unknown) => {
      if (error) return done(error, undefined);
      if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
        return done(new JsonBodyError(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      }
      // JSON text can carry a NUL only as the escape \u0000, so most bodies skip the walk that finds where it is.
      const nulAt = text.includes('\\u0000') ? findNul(parsed) : undefined;
      if (nulAt !== undefined) return done(new JsonBodyError(`${nulAt} contains a NUL character`), undefined);
      return done(null, parsed);
    });
  });
}
