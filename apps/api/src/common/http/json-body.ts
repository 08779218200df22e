import type { FastifyInstance } from 'fastify';

import { findNul } from './hostile-input';

/** Deeper than any body the API takes; class-transformer and class-validator recurse, so 10,000 levels overflowed. */
export const MAX_JSON_DEPTH = 64;

/** A 400 the way Fastify's own body errors carry it: the errors filter answers VALIDATION_FAILED. */
export class JsonBodyError extends Error {
  readonly statusCode = 400;
}

/** How deep arrays and objects nest in a JSON text, counted without parsing (so without recursing). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
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
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      return done(new JsonBodyError(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    }
    return parseJson(req, text, (error, parsed: unknown) => {
      if (error) return done(error, undefined);
      const nulAt = findNul(parsed);
      if (nulAt !== undefined) return done(new JsonBodyError(`${nulAt} contains a NUL character`), undefined);
      return done(null, parsed);
    });
  });
}
