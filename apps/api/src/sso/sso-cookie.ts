import type { FastifyReply, FastifyRequest } from 'fastify';

import { isLoopbackHost } from './issuer-url';

/** Ties a started sign-in to the browser that started it, so a callback from elsewhere (login CSRF) fails. */
export const BROWSER_COOKIE = 'keino_sso';

/**
 * HttpOnly, only the sso routes receive it, ten minutes like the sign-in it guards. SameSite=Lax, not Strict: the
 * callback is a top-level navigation from the provider's site, which a Strict cookie would not come back with.
 * Secure unless plain http to this machine.
 */
export function setBrowserCookie(reply: FastifyReply, token: string): void {
  const request = reply.request;
  const local = request.protocol === 'http' && isLoopbackHost(request.hostname);
  void reply.setCookie(BROWSER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/api/auth/sso',
    secure: !local,
    maxAge: 10 * 60,
  });
}

/** The binding token the browser brought, when it looks like one. */
export function browserCookieOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[BROWSER_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
