import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangePasswordRequest,
  LoginResponse,
  OrganizationResponse,
  PersonalDataExport,
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

  organization(id: string) {
    return this.http.get<OrganizationResponse>(`/api/organizations/${id}`);
  }
}
