import { computed, Injectable, signal } from '@angular/core';
import type { LoginResponse, Role, UserResponse } from '@keino/contracts';

interface Stored {
  user: UserResponse;
  accessToken: string;
  refreshToken: string;
}

const KEY = 'keino.session';

// Kept for the browser tab only: closing it signs out.
function restore(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

/** The signed-in user and their tokens; every page reads the session from here. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly state = signal<Stored | null>(restore());

  readonly user = computed(() => this.state()?.user ?? null);
  readonly signedIn = computed(() => this.state() !== null);

  accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  refreshToken(): string | null {
    return this.state()?.refreshToken ?? null;
  }

  hasRole(...roles: Role[]): boolean {
    const user = this.user();
    return !!user && roles.some((role) => user.roles.includes(role));
  }

  /** After sign-in and after every token refresh. */
  start(response: LoginResponse): void {
    const stored: Stored = {
      user: response.user,
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
    };
    sessionStorage.setItem(KEY, JSON.stringify(stored));
    this.state.set(stored);
  }

  /** After the person changed their own details: same tokens, fresh user. */
  replaceUser(user: UserResponse): void {
    const current = this.state();
    if (!current) return;
    const stored = { ...current, user };
    sessionStorage.setItem(KEY, JSON.stringify(stored));
    this.state.set(stored);
  }

  end(): void {
    sessionStorage.removeItem(KEY);
    this.state.set(null);
  }
}
