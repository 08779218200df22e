import { isIP } from 'node:net';

/** Host names that always mean this same machine. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL's host is this machine (localhost, 127.0.0.0/8, ::1): traffic to it never leaves the host. */
export function isLoopbackHost(hostname: string): boolean {
  if (LOOPBACK_NAMES.has(hostname) || hostname.endsWith('.localhost')) return true;
  return isIP(hostname) === 4 && hostname.startsWith('127.');
}

/**
 * Whether a text is an issuer the API will talk to: https, or plain http only to a provider on this same machine
 * (development, the tests and the browser journeys run one there), in every environment, since loopback traffic
 * never crosses a network. No credentials, query or fragment (OpenID Connect Discovery forbids the last two).
 */
export function isAcceptableIssuer(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 500) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash || value.includes('#') || value.includes('?')) {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
