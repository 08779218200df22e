import {
  ArgumentMetadata,
  BadRequestException,
  Injectable,
  ParseIntPipe,
  PipeTransform,
} from '@nestjs/common';

/** PostgreSQL's int4, the type of every integer column a path or query names (versions, positions, paging). */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/**
 * Where in a parsed value a NUL character stands (`body.title`, `query.q[1]`), in a string or an object key;
 * undefined when nowhere. The value's depth is bounded before this runs (the JSON parser, the query string).
 */
export function findNul(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return path;
      const found = findNul(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Global, before validation: a NUL character in a query string or path parameter answers 400 (PostgreSQL refuses
 * 0x00 in text, which was a 500). JSON bodies are checked as they are parsed (json-body.ts).
 */
@Injectable()
export class RefuseNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'query' && metadata.type !== 'param') return value;
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
