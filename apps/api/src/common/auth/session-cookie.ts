import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The refresh token's cookie: only the auth routes receive it, and no script can read it. */
export const SESSION_COOKIE = 'keino_refresh';

/** How long a session lives without use: its refresh tokens and the cookie that carries them. */
export const SESSION_LIFETIME_DAYS = 14;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Secure everywhere but plain http to this machine (a developer's `npm start`, the tests), where a Secure cookie
// would never come back.
function options(request: FastifyRequest): CookieSerializeOptions {
  const local = request.protocol === 'http' && LOCAL_HOSTS.has(request.hostname);
  return { httpOnly: true, sameSite: 'strict', path: '/api/auth', secure: !local };
}

/** Sets the session's refresh token as the cookie (sign-in, refresh, password change, single sign-on). */
export function setSessionCookie(reply: FastifyReply, refreshToken: string): void {
  void reply.setCookie(SESSION_COOKIE, refreshToken, {
    ...options(reply.request),
    maxAge: SESSION_LIFETIME_DAYS * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, options(reply.request));
}

/** The refresh token the cookie brought, if any. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE] || undefined;
}
