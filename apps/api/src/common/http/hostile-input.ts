import {
  ArgumentMetadata,
  BadRequestException,
  Injectable,
  ParseIntPipe,
  PipeTransform,
} from '@nestjs/common';
import type { ErrorResponse } from '@keino/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** PostgreSQL's int4, the type of every integer column a path or query names (versions, positions, paging). */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/**
 * Where in a parsed value a string or an object key fails `isHostile` (`body.title`, `query.q[1]`); undefined when
 * nowhere. The value's depth is bounded before this runs (the JSON parser, the query string).
 */
function findHostileText(
  value: unknown,
  isHostile: (text: string) => boolean,
  path: string,
): string | undefined {
  if (typeof value === 'string') return isHostile(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findHostileText(value[i], isHostile, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (isHostile(key)) return path;
      const found = findHostileText(item, isHostile, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Where a NUL character stands in a parsed value, in a string or an object key. */
export const findNul = (value: unknown, path = 'body') =>
  findHostileText(value, (text) => text.includes('\u0000'), path);

/** A surrogate that is not half of a pair: with the u flag a pair reads as one code point, which is not Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Where a lone surrogate (`\ud800` in JSON) stands in a parsed value: no UTF-8 encodes one. */
export const findLoneSurrogate = (value: unknown, path = 'body') =>
  findHostileText(value, (text) => LONE_SURROGATE.test(text), path);

/** Set on `request.query` when its text holds a percent-escape that is not UTF-8 (see markMalformedQueries). */
const MALFORMED_QUERY = Symbol('malformed query');

/** Whether a query string holds `%` not followed by two hex digits, or escapes whose bytes are not UTF-8. */
export function isMalformedQuery(query: string): boolean {
  if (!query.includes('%')) return false;
  for (const part of query.split('&')) {
    try {
      // Stricter than the default parser, which keeps a part it cannot decode as the text it got.
      decodeURIComponent(part);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Fastify decodes `?q=%C3%28` to the text `%C3%28` (fast-querystring keeps what it cannot decode), so a filter would
 * search for bytes nobody sent as text. Marks such a query, so that the pipe refuses it on routes that read one.
 */
export function markMalformedQueries(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req, _reply, done) => {
    const at = req.url.indexOf('?');
    if (at >= 0 && isMalformedQuery(req.url.slice(at + 1)) && typeof req.query === 'object' && req.query) {
      Object.defineProperty(req.query, MALFORMED_QUERY, { value: true });
    }
    done();
  });
}

/**
 * Fastify's `frameworkErrors`: a path it cannot decode (`/api/courses/%C3%28`) answers 400 VALIDATION_FAILED, and a
 * parameter past the router's length (100 characters) keeps its 414, both in the API's error shape instead of
 * Fastify's own (`FST_ERR_BAD_URL`, which no client knows). The certificate check reads a 414 as an unknown code.
 */
export function answerFrameworkError(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    const message = 'The path is not valid percent-encoded UTF-8';
    const body: ErrorResponse = { statusCode: 400, error: 'bad request', message, code: 'VALIDATION_FAILED' };
    void reply.code(400).send(body);
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const body: ErrorResponse = {
      statusCode: 414,
      error: 'uri too long',
      message: 'A path parameter is longer than the router takes',
      code: 'VALIDATION_FAILED',
    };
    void reply.code(414).send(body);
  } else {
    void reply.send(error);
  }
}

/**
 * Global, before validation: a NUL character in a query string or path parameter, or a query string marked by
 * markMalformedQueries, answers 400 (PostgreSQL refuses 0x00 in text, which was a 500). JSON bodies are checked as
 * they are parsed (json-body.ts). Routes read their query as one object (`@Query() dto`), which carries the mark.
 */
@Injectable()
export class RefuseNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'query' && metadata.type !== 'param') return value;
    if (typeof value === 'object' && value !== null && MALFORMED_QUERY in value) {
      throw new BadRequestException('The query string is not valid percent-encoded UTF-8');
    }
    const nulAt = findNul(value, metadata.data ? `${metadata.type}.${metadata.data}` : metadata.type);
    if (nulAt) throw new BadRequestException(`${nulAt} contains a NUL character`);
    return value;
  }
}

/** ParseIntPipe within PostgreSQL's int4, so `99999999999999999999` is a 400 and not an out-of-range 500. */
@Injectable()
export class ParseInt4Pipe extends ParseIntPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<number> {
    const parsed = await super.transform(value, metadata);
    if (parsed < INT4_MIN || parsed > INT4_MAX) {
      throw new BadRequestException(
        `Validation failed (an integer from ${INT4_MIN} to ${INT4_MAX} is expected)`,
      );
    }
    return parsed;
  }
}
