import { ParamMap } from '@angular/router';
import { CASE_THEMES, ORGANIZATION_KINDS, REGION_CODES } from '@keino/contracts';

import { CaseFilter } from './cases-api';

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/**
 * The library's search lives in its address, so Back from a case returns to the same results and a search can be
 * shared. Unknown values in a hand-edited address are ignored rather than sent to the API.
 */
export function libraryFromAddress(params: ParamMap): { filter: CaseFilter; offset: number } {
  const offset = Number(params.get('offset'));
  return {
    filter: {
      q: (params.get('q') ?? '').slice(0, 200),
      theme: oneOf(params.get('theme'), CASE_THEMES),
      region: oneOf(params.get('region'), REGION_CODES),
      kind: oneOf(params.get('kind'), ORGANIZATION_KINDS),
      scope: params.get('scope') === 'drafts' ? 'drafts' : 'published',
    },
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The address's query for a search: only what differs from "everything, first page". */
export function libraryAddress(filter: CaseFilter, offset: number): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  if (filter.q.trim()) query['q'] = filter.q.trim();
  if (filter.theme) query['theme'] = filter.theme;
  if (filter.region) query['region'] = filter.region;
  if (filter.kind) query['kind'] = filter.kind;
  if (filter.scope === 'drafts') query['scope'] = 'drafts';
  if (offset > 0) query['offset'] = offset;
  return query;
}
