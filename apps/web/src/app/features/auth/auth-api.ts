import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LoginRequest, LoginResponse } from '@keino/contracts';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest) {
    return this.http.post<LoginResponse>('/api/auth/login', body);
  }
}
