import type { UserResponse } from './accounts';

/**
 * One of the signed-in person's sessions (`GET /api/auth/sessions`): a sign-in on one device that refresh tokens
 * keep alive until it ends or goes unused for 14 days.
 */
export interface SessionResponse {
  id: string;
  /** A short description of the device it started on, e.g. "Firefox on Windows" ('' when it named none). */
  device: string;
  createdAt: string;
  lastUsedAt: string;
  /** The session of the access token the list was asked with: "this device". */
  current: boolean;
}

/**
 * `POST /api/auth/refresh`. As LoginResponse, except that a refresh made with the cookie answers no
 * `refreshToken`: the new one travels in the cookie only, where no script can read it. LoginResponse itself keeps
 * `refreshToken` required: sign-in and password change always answer it (API.md).
 */
export interface RefreshResponse {
  accessToken: string;
  refreshToken?: string;
  user: UserResponse;
}
