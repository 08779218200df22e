import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadEsm } from 'load-esm';

type OidcProvider = typeof import('oidc-provider');

/** What the provider says about a person (its ID token and userinfo claims). */
export interface ProviderPerson {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
}

export interface BrowserTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in, by the login name typed on the provider's page. */
  people: Map<string, ProviderPerson>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider 8) on a free port of 127.0.0.1 for the browser journey, with one client whose
 * redirect URIs are the server's callback (as PUBLIC_URL names it, and its localhost spelling). Its own development
 * login page takes any password; grants need no consent page (a first-party client).
 */
export async function startBrowserTestProvider(callbacks: string[]): Promise<BrowserTestProvider> {
  const { default: Provider } = await loadEsm<OidcProvider>('oidc-provider');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, ProviderPerson>();
  const client = { id: `keino-e2e-${randomUUID()}`, secret: randomUUID() };
  // It warns, rightly, that its in-memory store, keys and login page are for development: here they are.
  const warn = console.warn;
  console.warn = (...args: unknown[]) =>
    String(args[0]).includes('development-only') ? undefined : warn(...args);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: callbacks,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const person = people.get(id);
      return person && { accountId: id, claims: () => ({ ...person }) };
    },
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
  });
  console.warn = warn;
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: client.id,
    clientSecret: client.secret,
    people,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
