import type { Locale, Role } from './roles';

export interface UserResponse {
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  organizationId: string | null;
  roles: Role[];
  regions: string[];
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  user: UserResponse;
}

export interface RegisterRequest {
  email: string;
  password: string;
  fullName: string;
  organizationId?: string;
  locale?: Locale;
}

export interface UpdateUserRequest {
  roles?: Role[];
  organizationId?: string | null;
  regions?: string[];
}
