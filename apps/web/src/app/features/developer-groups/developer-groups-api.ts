import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateEventRegistrationRequest,
  CreateGroupEventRequest,
  DeveloperGroupResponse,
  DeveloperGroupSummary,
  EventRegistrationReceipt,
  EventRegistrationResponse,
  GroupDocumentResponse,
  GroupEventAnswer,
  GroupEventResponse,
  JoinRequestResponse,
  ListResponse,
  PostResponse,
  ThreadResponse,
  ThreadSummary,
} from '@keino/contracts';

/** HTTP only: developer groups, their discussion, documents and events, and the public registration form. */
@Injectable({ providedIn: 'root' })
export class DeveloperGroupsApi {
  private readonly http = inject(HttpClient);

  list(q: string) {
    const params: Record<string, string | number> = { limit: 200 };
    if (q.trim()) params['q'] = q.trim();
    return this.http.get<ListResponse<DeveloperGroupSummary>>('/api/developer-groups', { params });
  }

  get(id: string) {
    return this.http.get<DeveloperGroupResponse>(`/api/developer-groups/${id}`);
  }

  requestToJoin(id: string, message: string) {
    return this.http.post<JoinRequestResponse>(
      `/api/developer-groups/${id}/join-requests`,
      message ? { message } : {},
    );
  }

  joinRequests(id: string) {
    return this.http.get<ListResponse<JoinRequestResponse>>(`/api/developer-groups/${id}/join-requests`);
  }

  decide(requestId: string, status: 'approved' | 'rejected') {
    return this.http.patch<JoinRequestResponse>(`/api/join-requests/${requestId}`, { status });
  }

  threads(id: string, q: string) {
    const params: Record<string, string | number> = { limit: 200 };
    if (q.trim()) params['q'] = q.trim();
    return this.http.get<ListResponse<ThreadSummary>>(`/api/developer-groups/${id}/threads`, { params });
  }

  createThread(id: string, title: string, body: string) {
    return this.http.post<ThreadSummary>(`/api/developer-groups/${id}/threads`, { title, body });
  }

  thread(id: string) {
    return this.http.get<ThreadResponse>(`/api/threads/${id}`);
  }

  reply(threadId: string, body: string) {
    return this.http.post<PostResponse>(`/api/threads/${threadId}/posts`, { body });
  }

  follow(threadId: string, following: boolean) {
    return this.http.put<ThreadSummary>(`/api/threads/${threadId}/follow`, { following });
  }

  updatePost(postId: string, change: { body: string } | { hidden: boolean }) {
    return this.http.patch<PostResponse>(`/api/posts/${postId}`, change);
  }

  documents(id: string) {
    return this.http.get<ListResponse<GroupDocumentResponse>>(`/api/developer-groups/${id}/documents`);
  }

  upload(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<GroupDocumentResponse>(`/api/developer-groups/${id}/documents`, form);
  }

  download(documentId: string) {
    return this.http.get(`/api/documents/${documentId}`, { responseType: 'blob' });
  }

  events(id: string) {
    return this.http.get<ListResponse<GroupEventResponse>>(`/api/developer-groups/${id}/events`);
  }

  createEvent(id: string, body: CreateGroupEventRequest) {
    return this.http.post<GroupEventResponse>(`/api/developer-groups/${id}/events`, body);
  }

  event(id: string) {
    return this.http.get<GroupEventAnswer>(`/api/events/${id}`);
  }

  register(eventId: string, body: CreateEventRegistrationRequest) {
    return this.http.post<EventRegistrationReceipt>(`/api/events/${eventId}/registrations`, body);
  }

  registrations(eventId: string) {
    return this.http.get<ListResponse<EventRegistrationResponse>>(`/api/events/${eventId}/registrations`);
  }

  exportRegistrations(eventId: string, format: 'csv' | 'xlsx') {
    return this.http.get(`/api/events/${eventId}/registrations.${format}`, { responseType: 'blob' });
  }
}

/** What a person types in a plain text box, as the paragraphs of rich text (escaped: it is text, not markup). */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The text of rich text, for editing it again in a plain text box. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(
    html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n\n'),
    'text/html',
  );
  return doc.body.textContent ?? '';
}
