import { Case, NONE, World } from './matrix';

const providers = (w: World) => `/api/organizations/${w.orgA}/identity-providers`;
// Nothing answers on port 1: an admin gets past the role check to the discovery, which fails.
const unreachable = () => ({
  issuer: 'http://127.0.0.1:1',
  clientId: 'matriisi',
  clientSecret: 'salaisuus',
  emailDomains: [],
});

/**
 * Single sign-on: the identity providers are admins' alone (an organisation's coordinator included); the sign-in
 * steps are public. The whole flows, against a real provider, are in sso/*.int-spec.ts.
 */
export const ssoRows: Record<string, Case[]> = {
  'GET /api/organizations/{id}/identity-providers': [
    { as: 'anonymous', path: providers, expect: 401 },
    { as: 'participant', path: providers, expect: 403 },
    { as: 'coordinator', path: providers, expect: 403 },
    { as: 'admin', path: providers, expect: 200 },
  ],
  'POST /api/organizations/{id}/identity-providers': [
    { as: 'anonymous', path: providers, body: unreachable, expect: 401 },
    { as: 'coordinator', path: providers, body: unreachable, expect: 403 },
    { as: 'trainer', path: providers, body: unreachable, expect: 403 },
    { as: 'admin', path: providers, body: unreachable, expect: 400 },
  ],
  'PATCH /api/identity-providers/{id}': [
    {
      as: 'anonymous',
      path: () => `/api/identity-providers/${NONE}`,
      body: () => ({ enabled: false }),
      expect: 401,
    },
    {
      as: 'coordinator',
      path: () => `/api/identity-providers/${NONE}`,
      body: () => ({ enabled: false }),
      expect: 403,
    },
    {
      as: 'admin',
      path: () => `/api/identity-providers/${NONE}`,
      body: () => ({ enabled: false }),
      expect: 404,
    },
  ],
  'DELETE /api/identity-providers/{id}': [
    { as: 'anonymous', path: () => `/api/identity-providers/${NONE}`, expect: 401 },
    { as: 'coordinator', path: () => `/api/identity-providers/${NONE}`, expect: 403 },
    { as: 'admin', path: () => `/api/identity-providers/${NONE}`, expect: 404 },
  ],
  'GET /api/auth/sso/discover': [
    {
      as: 'anonymous',
      path: () => '/api/auth/sso/discover?email=matti@ei-kertakirjautumista.fi',
      expect: 404,
    },
    {
      as: 'participant',
      path: () => '/api/auth/sso/discover?email=matti@ei-kertakirjautumista.fi',
      expect: 404,
    },
  ],
  'GET /api/auth/sso/{providerId}/start': [
    { as: 'anonymous', path: () => `/api/auth/sso/${NONE}/start`, expect: 404 },
    { as: 'participant', path: () => `/api/auth/sso/${NONE}/start`, expect: 404 },
  ],
  // A state it never issued sends the browser back to the sign-in page.
  'GET /api/auth/sso/callback': [
    { as: 'anonymous', path: () => '/api/auth/sso/callback?code=x&state=y', expect: 302 },
    { as: 'participant', path: () => '/api/auth/sso/callback?code=x&state=y', expect: 302 },
  ],
  'POST /api/auth/sso/exchange': [
    {
      as: 'anonymous',
      path: () => '/api/auth/sso/exchange',
      body: () => ({ code: 'c'.repeat(43) }),
      expect: 400,
    },
  ],
  'POST /api/auth/sso/link': [
    {
      as: 'anonymous',
      path: () => '/api/auth/sso/link',
      body: () => ({ code: 'c'.repeat(43), password: 'x' }),
      expect: 400,
    },
  ],
};
