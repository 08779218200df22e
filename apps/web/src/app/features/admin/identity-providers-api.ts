import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateIdentityProviderRequest,
  IdentityProviderResponse,
  ListResponse,
  UpdateIdentityProviderRequest,
} from '@keino/contracts';

/** HTTP only: an organisation's identity providers (admins). */
@Injectable({ providedIn: 'root' })
export class IdentityProvidersApi {
  private readonly http = inject(HttpClient);

  list(organizationId: string) {
    return this.http.get<ListResponse<IdentityProviderResponse>>(
      `/api/organizations/${organizationId}/identity-providers`,
      { params: { limit: 200 } },
    );
  }

  create(organizationId: string, body: CreateIdentityProviderRequest) {
    return this.http.post<IdentityProviderResponse>(
      `/api/organizations/${organizationId}/identity-providers`,
      body,
    );
  }

  update(id: string, body: UpdateIdentityProviderRequest) {
    return this.http.patch<IdentityProviderResponse>(`/api/identity-providers/${id}`, body);
  }

  remove(id: string) {
    return this.http.delete<void>(`/api/identity-providers/${id}`);
  }
}
