import { HttpClient } from '@angular/common/http';
import { DOCUMENT, inject, Injectable, InjectionToken } from '@angular/core';
import type { LoginResponse, SsoDiscoveryResponse } from '@keino/contracts';

/** Leaves the app for another address (the identity provider): a full page load, not a route. */
export const LEAVE_APP = new InjectionToken<(url: string) => void>('leave the app', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).location;
    return (url: string) => location.assign(url);
  },
});

/** Where the browser starts a sign-in through the provider; the API sends it on. */
export const ssoStartUrl = (providerId: string, email: string): string =>
  `/api/auth/sso/${encodeURIComponent(providerId)}/start?loginHint=${encodeURIComponent(email)}`;

/** HTTP only: single sign-on's steps that the web app takes itself. */
@Injectable({ providedIn: 'root' })
export class SsoApi {
  private readonly http = inject(HttpClient);

  discover(email: string) {
    return this.http.get<SsoDiscoveryResponse>('/api/auth/sso/discover', { params: { email } });
  }

  exchange(code: string) {
    return this.http.post<LoginResponse>('/api/auth/sso/exchange', { code });
  }

  link(code: string, password: string) {
    return this.http.post<LoginResponse>('/api/auth/sso/link', { code, password });
  }
}
