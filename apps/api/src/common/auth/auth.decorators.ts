import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@keino/contracts';

export const IS_PUBLIC = 'keino:isPublic';
export const ROLES_KEY = 'keino:roles';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only signed-in users holding one of these roles; an empty list means any signed-in user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The token's claims of the signed-in caller. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

/** Admins pass every object check; services ask this rather than reading roles themselves. */
export const isAdmin = (caller: AuthUser): boolean => caller.roles.includes('admin');

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
