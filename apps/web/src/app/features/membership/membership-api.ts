import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EmailDomainResponse,
  InvitationLookupResponse,
  InvitationResponse,
  ListResponse,
  MembershipRequestResponse,
  MembershipRequestStatus,
  OrganizationResponse,
  UserResponse,
} from '@keino/contracts';
import { map, type Observable } from 'rxjs';

/** HTTP only: invitations, membership requests and an organisation's verified email domains. */
@Injectable({ providedIn: 'root' })
export class MembershipApi {
  private readonly http = inject(HttpClient);

  /** The public directory, for choosing the organisation to ask membership of. */
  directory() {
    return this.http.get<ListResponse<OrganizationResponse>>('/api/organizations/directory', {
      params: { limit: 200 },
    });
  }

  organization(id: string) {
    return this.http.get<OrganizationResponse>(`/api/organizations/${id}`);
  }

  /** An organisation's name: its own record when signed in, else the public directory (null when not found). */
  organizationName(id: string, signedIn: boolean): Observable<string | null> {
    if (signedIn) return this.organization(id).pipe(map((o) => o.name));
    return this.directory().pipe(map((list) => list.items.find((o) => o.id === id)?.name ?? null));
  }

  lookupInvitation(token: string) {
    return this.http.post<InvitationLookupResponse>('/api/invitations/lookup', { token });
  }

  acceptInvitation(token: string) {
    return this.http.post<UserResponse>('/api/invitations/accept', { token });
  }

  invitations(organizationId: string) {
    return this.http.get<ListResponse<InvitationResponse>>(
      `/api/organizations/${organizationId}/invitations`,
      { params: { limit: 100 } },
    );
  }

  invite(organizationId: string, email: string) {
    return this.http.post<InvitationResponse>(`/api/organizations/${organizationId}/invitations`, { email });
  }

  revokeInvitation(id: string) {
    return this.http.delete<void>(`/api/invitations/${id}`);
  }

  requestMembership(organizationId: string) {
    return this.http.post<MembershipRequestResponse>('/api/membership-requests', { organizationId });
  }

  /** The caller's own pending request (404 when there is none). */
  myRequest() {
    return this.http.get<MembershipRequestResponse>('/api/membership-requests/mine');
  }

  withdrawRequest(id: string) {
    return this.http.delete<void>(`/api/membership-requests/${id}`);
  }

  requests(organizationId: string, status: MembershipRequestStatus = 'pending') {
    return this.http.get<ListResponse<MembershipRequestResponse>>(
      `/api/organizations/${organizationId}/membership-requests`,
      { params: { status, limit: 100 } },
    );
  }

  decide(id: string, status: 'approved' | 'rejected') {
    return this.http.patch<MembershipRequestResponse>(`/api/membership-requests/${id}`, { status });
  }

  emailDomains(organizationId: string) {
    return this.http.get<ListResponse<EmailDomainResponse>>(
      `/api/organizations/${organizationId}/email-domains`,
    );
  }

  saveEmailDomains(organizationId: string, domains: string[]) {
    return this.http.put<ListResponse<EmailDomainResponse>>(
      `/api/organizations/${organizationId}/email-domains`,
      { domains },
    );
  }
}
