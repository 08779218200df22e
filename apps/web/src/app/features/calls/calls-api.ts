import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApplicationResponse,
  ApplicationReviewResponse,
  ApplicationSummary,
  CallResponse,
  CallReviewer,
  CreateCallRequest,
  DecisionRequest,
  ListResponse,
  OrganizationKind,
  RegionCode,
  ReviewRequest,
  SubmitApplicationResponse,
  UpdateApplicationRequest,
  UserResponse,
} from '@keino/contracts';

export interface ApplicationFilter {
  region: RegionCode | '';
  kind: OrganizationKind | '';
}

/** HTTP only: calls for applications, applications, reviews and decisions. */
@Injectable({ providedIn: 'root' })
export class CallsApi {
  private readonly http = inject(HttpClient);

  list(limit = 50) {
    return this.http.get<ListResponse<CallResponse>>('/api/calls', { params: { limit } });
  }

  create(body: CreateCallRequest) {
    return this.http.post<CallResponse>('/api/calls', body);
  }

  get(id: string) {
    return this.http.get<CallResponse>(`/api/calls/${id}`);
  }

  applications(callId: string, filter: ApplicationFilter) {
    const params: Record<string, string | number> = { limit: 200 };
    if (filter.region) params['region'] = filter.region;
    if (filter.kind) params['kind'] = filter.kind;
    return this.http.get<ListResponse<ApplicationSummary>>(`/api/calls/${callId}/applications`, { params });
  }

  apply(callId: string) {
    return this.http.post<ApplicationResponse>(`/api/calls/${callId}/applications`, {});
  }

  application(id: string) {
    return this.http.get<ApplicationResponse>(`/api/applications/${id}`);
  }

  save(id: string, body: UpdateApplicationRequest) {
    return this.http.patch<ApplicationResponse>(`/api/applications/${id}`, body);
  }

  submit(id: string) {
    return this.http.post<SubmitApplicationResponse>(`/api/applications/${id}/submit`, {});
  }

  review(id: string, body: ReviewRequest) {
    return this.http.put<ApplicationReviewResponse>(`/api/applications/${id}/review`, body);
  }

  decide(id: string, body: DecisionRequest) {
    return this.http.post<ApplicationResponse>(`/api/applications/${id}/decision`, body);
  }

  addReviewer(callId: string, userId: string) {
    return this.http.post<CallReviewer>(`/api/calls/${callId}/reviewers`, { userId });
  }

  trainers() {
    return this.http.get<ListResponse<UserResponse>>('/api/users', {
      params: { role: 'trainer', limit: 200 },
    });
  }

  export(callId: string, format: 'csv' | 'xlsx') {
    return this.http.get(`/api/calls/${callId}/applications.${format}`, { responseType: 'blob' });
  }
}
