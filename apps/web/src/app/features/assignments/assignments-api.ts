import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssignmentAttachmentResponse,
  AssignmentCommentResponse,
  AssignmentResponse,
  ListResponse,
  ReviewAssignmentRequest,
  TeamAssignmentSummary,
} from '@keino/contracts';

/** HTTP only: the team development assignment. */
@Injectable({ providedIn: 'root' })
export class AssignmentsApi {
  private readonly http = inject(HttpClient);

  mine(enrollmentId: string, activityId: string) {
    return this.http.get<AssignmentResponse>(`/api/enrollments/${enrollmentId}/assignments/${activityId}`);
  }

  get(id: string) {
    return this.http.get<AssignmentResponse>(`/api/assignments/${id}`);
  }

  forCohort(cohortId: string, offset: number, limit: number) {
    return this.http.get<ListResponse<TeamAssignmentSummary>>(`/api/cohorts/${cohortId}/assignments`, {
      params: { offset, limit },
    });
  }

  save(id: string, body: string) {
    return this.http.patch<AssignmentResponse>(`/api/assignments/${id}`, { body });
  }

  attach(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<AssignmentAttachmentResponse>(`/api/assignments/${id}/attachments`, form);
  }

  download(id: string, attachmentId: string) {
    return this.http.get(`/api/assignments/${id}/attachments/${attachmentId}`, { responseType: 'blob' });
  }

  remove(id: string, attachmentId: string) {
    return this.http.delete<void>(`/api/assignments/${id}/attachments/${attachmentId}`);
  }

  submit(id: string) {
    return this.http.post<AssignmentResponse>(`/api/assignments/${id}/submit`, {});
  }

  review(id: string, body: ReviewAssignmentRequest) {
    return this.http.post<AssignmentResponse>(`/api/assignments/${id}/reviews`, body);
  }

  comment(id: string, body: string) {
    return this.http.post<AssignmentCommentResponse>(`/api/assignments/${id}/comments`, { body });
  }
}
