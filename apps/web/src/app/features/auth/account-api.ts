import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UserResponse } from '@keino/contracts';

/** HTTP only: the links emailed to a person (email verification, password reset) and their own account. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** The signed-in person as the API knows them now (verification or an approval may have changed them). */
  me() {
    return this.http.get<UserResponse>('/api/auth/me');
  }

  verifyEmail(token: string) {
    return this.http.post<UserResponse>('/api/auth/verify-email', { token });
  }

  /** A new verification link to the signed-in person's address; earlier links stop working. */
  resendVerification() {
    return this.http.post<void>('/api/auth/email-verification', {});
  }

  /** Answers 202 whether or not the address has an account. */
  requestPasswordReset(email: string) {
    return this.http.post<void>('/api/auth/password-reset', { email });
  }

  confirmPasswordReset(token: string, password: string) {
    return this.http.post<void>('/api/auth/password-reset/confirm', { token, password });
  }
}
