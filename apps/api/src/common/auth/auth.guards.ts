import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@keino/contracts';

import { AppError } from '../errors/app-error';
import { AuthUser, IS_PUBLIC, READS_TOKEN, ROLES_KEY } from './auth.decorators';

/** Global: every route needs a valid access token unless it is @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return super.canActivate(context);
    return this.reflector.getAllAndOverride<boolean>(READS_TOKEN, targets) ? this.identify(context) : true;
  }

  /** A public route that reads a token: a valid one names the caller, a missing or bad one leaves them anonymous. */
  private async identify(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (request.headers['authorization'] === undefined) return true;
    try {
      await super.canActivate(context);
    } catch {
      // Anonymous, then.
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err || !user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    return user;
  }
}

/** Global: narrows a route to the roles named by @Roles(). */
@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (user && roles.some((r) => user.roles.includes(r))) return true;
    throw new AppError('FORBIDDEN', 'You may not do this');
  }
}
