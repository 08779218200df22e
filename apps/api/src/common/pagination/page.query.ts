import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { PageQuery } from '@keino/contracts';

import { INT4_MAX } from '../http/hostile-input';

/** `limit` (default 50, max 200) and `offset`, shared by every list; list queries extend it. */
export class PageQueryDto implements PageQuery {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  // Bounded so 1e300 or 2^63 is a 400, not PostgreSQL's out-of-range 500.
  @ApiPropertyOptional({ default: 0, maximum: INT4_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(INT4_MAX)
  offset = 0;
}

/** Escapes LIKE wildcards so a search for "50%" means the text. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
