import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseCommentResponse,
  CaseResponse,
  CaseSummary,
  CaseTheme,
  CreateCaseCommentRequest,
  CreateCaseRequest,
  ListResponse,
  OrganizationKind,
  RegionCode,
  UpdateCaseRequest,
} from '@keino/contracts';

export interface CaseFilter {
  q: string;
  theme: CaseTheme | '';
  region: RegionCode | '';
  kind: OrganizationKind | '';
  scope: 'published' | 'drafts';
}

/** Query parameters without the empty filters, so that "any" sends nothing. */
export function caseListParams(
  filter: CaseFilter,
  offset: number,
  limit: number,
): Record<string, string | number> {
  const values: Record<string, string | number> = { scope: filter.scope, offset, limit };
  const q = filter.q.trim();
  if (q) values['q'] = q;
  if (filter.theme) values['theme'] = filter.theme;
  if (filter.region) values['region'] = filter.region;
  if (filter.kind) values['kind'] = filter.kind;
  return values;
}

/** HTTP only: the procurement case library. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(filter: CaseFilter, offset: number, limit: number) {
    return this.http.get<ListResponse<CaseSummary>>('/api/cases', {
      params: caseListParams(filter, offset, limit),
    });
  }

  get(id: string) {
    return this.http.get<CaseResponse>(`/api/cases/${id}`);
  }

  create(body: CreateCaseRequest) {
    return this.http.post<CaseResponse>('/api/cases', body);
  }

  update(id: string, body: UpdateCaseRequest) {
    return this.http.patch<CaseResponse>(`/api/cases/${id}`, body);
  }

  publish(id: string) {
    return this.http.post<CaseResponse>(`/api/cases/${id}/publish`, {});
  }

  comments(id: string) {
    return this.http.get<CaseCommentResponse[]>(`/api/cases/${id}/comments`);
  }

  comment(id: string, body: CreateCaseCommentRequest) {
    return this.http.post<CaseCommentResponse>(`/api/cases/${id}/comments`, body);
  }
}
