import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadEsm } from 'load-esm';
import type { JWK } from 'oidc-provider';

type OidcProvider = typeof import('oidc-provider');

/** What the provider says about a person: the claims of its ID token or userinfo. */
export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  locale?: string;
}

export interface TestProvider {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** The signing keys, for a provider that stands in for this one (the wrong-issuer test; its client too). */
  keys: JWK[];
  /** People who can sign in, by the login name typed at the provider. */
  people: Map<string, TestPerson>;
  /**
   * Follows an authorisation URL through the provider's own login page (its development interactions, over HTTP)
   * as `login`, and answers the URL the provider sends the browser back to.
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

/** A signing key for the test providers: RS256, as most providers sign. */
export function signingKeys(): JWK[] {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' } as JWK];
}

/**
 * A real OpenID provider (oidc-provider 8) on 127.0.0.1, with one confidential client registered for `redirectUris`
 * (the API's callback; a browser test names its 127.0.0.1 and localhost spellings). PKCE is required; grants are
 * given without a consent page (a first-party client); its own development login page takes any password. `issuer`
 * defaults to the server's own address; a different one stands in for another provider on the same port.
 */
export async function startTestProvider(options: {
  redirectUris: string[];
  port?: number;
  issuer?: (port: number) => string;
  keys?: JWK[];
  client?: { id: string; secret: string };
}): Promise<TestProvider> {
  const { default: Provider } = await loadEsm<OidcProvider>('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = options.issuer?.(port) ?? `http://127.0.0.1:${port}`;
  const people = new Map<string, TestPerson>();
  const keys = options.keys ?? signingKeys();
  const client = options.client ?? { id: `keino-${randomUUID()}`, secret: randomUUID() };
  const provider = quietly(
    () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: options.redirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        jwks: { keys },
        cookies: { keys: [randomUUID()] },
        pkce: { required: () => true },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
        findAccount: (_ctx, id) => {
          const person = people.get(id);
          return person && { accountId: id, claims: () => ({ ...person }) };
        },
        // A first-party client: the person is never asked to consent.
        loadExistingGrant: async (ctx) => {
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client?.clientId,
            accountId: ctx.oidc.session?.accountId,
          });
          grant.addOIDCScope('openid email profile');
          await grant.save();
          return grant;
        },
        ttl: {
          Interaction: 600,
          Session: 600,
          Grant: 600,
          AccessToken: 600,
          IdToken: 600,
          AuthorizationCode: 60,
        },
      }),
  );
  server.on('request', provider.callback());

  return {
    issuer,
    port,
    clientId: client.id,
    clientSecret: client.secret,
    keys,
    people,
    signIn: (authorizationUrl, login) => followLogin(options.redirectUris, authorizationUrl, login),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** It warns, rightly, that its in-memory store and login pages are for development only: here they are. */
function quietly<T>(make: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) =>
    String(args[0]).includes('development-only') ? undefined : warn(...args);
  try {
    return make();
  } finally {
    console.warn = warn;
  }
}

/** A browser's part, over HTTP with a cookie jar: the authorisation request, the login form, the way back. */
async function followLogin(redirectUris: string[], start: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const go = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const request = () => fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
    // A kept-alive connection to a provider that stopped (the stand-in test) fails once; a new one then works.
    const res = await request().catch(request);
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return res;
  };
  let url = new URL(start);
  for (let step = 0; step < 10; step++) {
    let res = await go(url);
    if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
      await res.text();
      res = await go(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`The provider answered ${res.status} at ${url.href}: ${await res.text()}`);
    url = new URL(location, url);
    if (redirectUris.some((uri) => url.href.startsWith(uri))) return url;
  }
  throw new Error('The provider never sent the browser back');
}
