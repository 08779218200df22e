import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ListResponse,
  LoginRequest,
  LoginResponse,
  OrganizationResponse,
  RegisterRequest,
  UserResponse,
} from '@keino/contracts';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest) {
    return this.http.post<UserResponse>('/api/auth/register', body);
  }

  organizations() {
    return this.http.get<ListResponse<OrganizationResponse>>('/api/organizations/directory', {
      params: { limit: 200 },
    });
  }

  login(body: LoginRequest) {
    return this.http.post<LoginResponse>('/api/auth/login', body);
  }
}
