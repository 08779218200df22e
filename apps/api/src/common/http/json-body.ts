import type { FastifyInstance } from 'fastify';

import { findLoneSurrogate, findNul } from './hostile-input';

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

// fatal: bytes that are not UTF-8 throw instead of turning into U+FFFD; a leading BOM is dropped, as before.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A \uD800-\uDFFF escape, the only way JSON text decoded from UTF-8 can carry a surrogate, paired or lone. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * The one JSON body parser: Fastify's own (size limit, prototype-poisoning check) behind refusals that keep hostile
 * bodies from the pipes and PostgreSQL: bytes that are not UTF-8 (they were stored as U+FFFD), nesting deeper than
 * MAX_JSON_DEPTH, NUL characters in any string or key (PostgreSQL cannot store 0x00 in text) and lone surrogates
 * (`\ud800`: no UTF-8 spells one, so the database driver would store U+FFFD). Clients often send
 * `Content-Type: application/json` with no body on calls that take none; Express let that through, Fastify refuses
 * it. Keep the contract: an empty body is no body.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(new JsonBodyError('The body is not valid UTF-8'), undefined);
    }
    if (text === '') return done(null, undefined);
    return parseJson(req, text, (error, parsed: unknown) => {
      if (error) return done(error, undefined);
      if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
        return done(new JsonBodyError(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      }
      // JSON text can carry a NUL or a surrogate only as an escape, so most bodies skip the walks that find where.
      const nulAt = text.includes('\\u0000') ? findNul(parsed) : undefined;
      if (nulAt !== undefined) return done(new JsonBodyError(`${nulAt} contains a NUL character`), undefined);
      const loneAt = SURROGATE_ESCAPE.test(text) ? findLoneSurrogate(parsed) : undefined;
      if (loneAt !== undefined) {
        return done(new JsonBodyError(`${loneAt} contains a lone surrogate (not valid Unicode)`), undefined);
      }
      return done(null, parsed);
    });
  });
}
