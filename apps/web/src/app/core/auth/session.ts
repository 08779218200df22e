import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { RefreshResponse, Role, UserResponse } from '@keino/contracts';
import { firstValueFrom, from, Observable, tap } from 'rxjs';

interface State {
  user: UserResponse;
  accessToken: string;
}

/**
 * Whether this browser may hold a session cookie: set at sign-in, gone at sign-out. Not a secret (the refresh token
 * lives in an HttpOnly cookie no script reads); it spares visitors who never signed in a refresh call at start.
 */
export const SIGNED_IN_HINT = 'keino.signedIn';

/**
 * One refresh at a time across the browser's tabs: they share the cookie, and a refresh token works once, so two
 * tabs refreshing with the same one at once would end the session as if it had leaked. Without the Web Locks API
 * (older browsers, the unit tests) each tab refreshes on its own.
 */
async function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return work();
  // The lock is held until `work` settles; its answer is work's.
  return (await navigator.locks.request('keino.refresh', work)) as T;
}

/**
 * The signed-in user and their access token, kept in memory only (never in storage a script could read from
 * elsewhere). The session itself is the refresh token in an HttpOnly cookie, so it lives on in every tab and after
 * a reload: `restore()` at start trades the cookie for a fresh access token.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly state = signal<State | null>(null);

  readonly user = computed(() => this.state()?.user ?? null);
  readonly signedIn = computed(() => this.state() !== null);

  constructor() {
    // Signed out in another tab: this one is too (its access token was refused anyway).
    addEventListener('storage', (event) => {
      if (event.key === SIGNED_IN_HINT && event.newValue === null) this.state.set(null);
    });
  }

  accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  hasRole(...roles: Role[]): boolean {
    const user = this.user();
    return !!user && roles.some((role) => user.roles.includes(role));
  }

  /** After sign-in, a password change and every refresh; the refresh token itself stays in its cookie. */
  start(response: RefreshResponse): void {
    localStorage.setItem(SIGNED_IN_HINT, '1');
    this.state.set({ user: response.user, accessToken: response.accessToken });
  }

  /** After the person changed their own details: same token, fresh user. */
  replaceUser(user: UserResponse): void {
    const current = this.state();
    if (current) this.state.set({ ...current, user });
  }

  /** A new access token for the cookie's session (one tab at a time); an error when the session has ended. */
  refresh(): Observable<RefreshResponse> {
    return from(
      oneTabAtATime(() => firstValueFrom(this.http.post<RefreshResponse>('/api/auth/refresh', {}))),
    ).pipe(tap((response) => this.start(response)));
  }

  /**
   * At start (before the first page): signed in again from the cookie, or signed out when it no longer works. A
   * server that did not answer leaves the hint (and the other tabs) alone.
   */
  async restore(): Promise<void> {
    if (!localStorage.getItem(SIGNED_IN_HINT)) return;
    try {
      await firstValueFrom(this.refresh());
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) this.end();
    }
  }

  /** Ends the session on the server (its cookie and refresh token with it), then here, whatever the answer. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', {}));
    } catch {
      // Already ended on the server, or unreachable: signing out here still holds.
    } finally {
      this.end();
    }
  }

  /** Forgets the session here only (sign-out calls the server first). */
  end(): void {
    localStorage.removeItem(SIGNED_IN_HINT);
    this.state.set(null);
  }
}
