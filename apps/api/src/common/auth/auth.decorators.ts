import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@keino/contracts';

export const IS_PUBLIC = 'keino:isPublic';
export const ROLES_KEY = 'keino:roles';
export const READS_TOKEN = 'keino:readsToken';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Anyone may call this route; an access token that comes with the call still names the caller (sign-out). */
export const PublicReadingToken = () => applyDecorators(Public(), SetMetadata(READS_TOKEN, true));

/** Only signed-in users holding one of these roles; an empty list means any signed-in user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The token's claims of the signed-in caller. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

/** Admins pass every object check; services ask this rather than reading roles themselves. */
export const isAdmin = (caller: AuthUser): boolean => caller.roles.includes('admin');

/** A caller whose access token was checked: the claims and the session the token was issued for. */
export interface SignedInCaller extends AuthUser {
  sessionId: string;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);

/** The signed-in caller with their session; undefined only on a @PublicReadingToken() route called without one. */
export const CurrentSession = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): SignedInCaller | undefined =>
    ctx.switchToHttp().getRequest<{ user?: SignedInCaller }>().user,
);
