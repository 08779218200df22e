import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangePasswordRequest,
  ListResponse,
  LoginResponse,
  OrganizationResponse,
  PersonalDataExport,
  SessionResponse,
  UpdateProfileRequest,
  UserResponse,
} from '@keino/contracts';

@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  update(body: UpdateProfileRequest) {
    return this.http.patch<UserResponse>('/api/auth/me', body);
  }

  changePassword(body: ChangePasswordRequest) {
    return this.http.post<LoginResponse>('/api/auth/password', body);
  }

  personalData() {
    return this.http.get<PersonalDataExport>('/api/auth/me/data');
  }

  /** The person's sessions (devices), the one used last first; a person rarely has more than a handful. */
  sessions() {
    return this.http.get<ListResponse<SessionResponse>>('/api/auth/sessions', { params: { limit: 200 } });
  }

  endSession(id: string) {
    return this.http.delete<void>(`/api/auth/sessions/${id}`);
  }

  /** Every session but this device's. */
  endOtherSessions() {
    return this.http.delete<void>('/api/auth/sessions');
  }

  organization(id: string) {
    return this.http.get<OrganizationResponse>(`/api/organizations/${id}`);
  }
}
