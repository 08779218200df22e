import { businessId } from '../factories';
import { Case, NONE } from './matrix';

/** Health, sign-in and one's own account; erasing an account. */
export const authRows: Record<string, Case[]> = {
  'GET /api/health': [{ as: 'anonymous', path: () => '/api/health', expect: 200 }],
  'GET /api/health/live': [{ as: 'anonymous', path: () => '/api/health/live', expect: 200 }],
  'GET /api/health/ready': [{ as: 'anonymous', path: () => '/api/health/ready', expect: 200 }],
  // No METRICS_TOKEN in the matrix's app: the route hides itself from everyone, the admin too (metrics.int-spec.ts).
  'GET /api/metrics': [
    { as: 'anonymous', path: () => '/api/metrics', expect: 404 },
    { as: 'admin', path: () => '/api/metrics', expect: 404 },
  ],
  'POST /api/auth/register': [
    {
      as: 'anonymous',
      path: () => '/api/auth/register',
      body: () => ({
        email: `m-${Date.now()}@keino.example`,
        password: 'x'.repeat(12),
        fullName: 'Matriisi',
      }),
      expect: 201,
    },
  ],
  'POST /api/auth/login': [
    {
      as: 'anonymous',
      path: () => '/api/auth/login',
      body: () => ({ email: 'no@keino.example', password: 'x' }),
      expect: 401,
    },
  ],
  'POST /api/auth/refresh': [
    {
      as: 'anonymous',
      path: () => '/api/auth/refresh',
      body: () => ({ refreshToken: 'x'.repeat(43) }),
      expect: 401,
    },
  ],
  'GET /api/auth/me': [
    { as: 'anonymous', path: () => '/api/auth/me', expect: 401 },
    { as: 'participant', path: () => '/api/auth/me', expect: 200 },
  ],
  'PATCH /api/auth/me': [
    { as: 'anonymous', path: () => '/api/auth/me', body: () => ({ locale: 'sv' }), expect: 401 },
    { as: 'colleague', path: () => '/api/auth/me', body: () => ({ locale: 'fi' }), expect: 200 },
  ],
  'GET /api/auth/me/data': [
    { as: 'anonymous', path: () => '/api/auth/me/data', expect: 401 },
    { as: 'participant', path: () => '/api/auth/me/data', expect: 200 },
  ],
  'POST /api/auth/password': [
    {
      as: 'anonymous',
      path: () => '/api/auth/password',
      body: () => ({ currentPassword: 'x', newPassword: 'y'.repeat(12) }),
      expect: 401,
    },
    {
      as: 'participant',
      path: () => '/api/auth/password',
      body: () => ({ currentPassword: 'not the password', newPassword: 'y'.repeat(12) }),
      expect: 400,
    },
  ],
  'DELETE /api/users/{id}': [
    { as: 'anonymous', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 401 },
    { as: 'participant', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 403 },
    { as: 'coordinator', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 403 },
    { as: 'admin', path: async (w) => `/api/users/${await w.freshUser()}`, expect: 204 },
    { as: 'admin', path: () => `/api/users/${NONE}`, expect: 404 },
  ],
};

/** The user directory and its changes; organisations, their members and enrolments. */
export const userOrganisationRows: Record<string, Case[]> = {
  'GET /api/users': [
    { as: 'admin', path: () => '/api/users', expect: 200 },
    { as: 'coordinator', path: () => '/api/users', expect: 403 },
    { as: 'trainer', path: () => '/api/users', expect: 403 },
    { as: 'anonymous', path: () => '/api/users', expect: 401 },
  ],
  'PATCH /api/users/{id}': [
    {
      as: 'admin',
      path: (w) => `/api/users/${w.users.colleague.id}`,
      body: () => ({ regions: [] }),
      expect: 200,
    },
    {
      as: 'participant',
      path: (w) => `/api/users/${w.users.participant.id}`,
      body: () => ({ roles: ['admin'] }),
      expect: 403,
    },
    {
      as: 'agent',
      path: (w) => `/api/users/${w.users.colleague.id}`,
      body: () => ({ regions: ['01'] }),
      expect: 403,
    },
  ],
  'POST /api/organizations': [
    {
      as: 'admin',
      path: () => '/api/organizations',
      body: () => ({ name: 'Matriisikunta', businessId: businessId(), kind: 'other', region: '01' }),
      expect: 201,
    },
    {
      as: 'coordinator',
      path: () => '/api/organizations',
      body: () => ({ name: 'Matriisikunta', businessId: businessId(), kind: 'other', region: '01' }),
      expect: 403,
    },
  ],
  'GET /api/organizations': [
    { as: 'participant', path: () => '/api/organizations', expect: 200 },
    { as: 'anonymous', path: () => '/api/organizations', expect: 401 },
  ],
  'GET /api/organizations/directory': [
    { as: 'anonymous', path: () => '/api/organizations/directory?q=a', expect: 200 },
  ],
  'GET /api/organizations/{id}/members': [
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgA}/members?q=a`, expect: 200 },
    { as: 'admin', path: (w) => `/api/organizations/${w.orgB}/members`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgB}/members`, expect: 404 },
    { as: 'participant', path: (w) => `/api/organizations/${w.orgA}/members`, expect: 403 },
  ],
  'GET /api/organizations/{id}/enrollments': [
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 200 },
    { as: 'agent', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 200 },
    { as: 'admin', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 200 },
    { as: 'coordinator', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 404 },
    { as: 'agent', path: (w) => `/api/organizations/${w.orgB}/enrollments`, expect: 404 },
    { as: 'participant', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 403 },
    { as: 'trainer', path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 403 },
  ],
  'GET /api/organizations/{id}': [
    { as: 'outsider', path: (w) => `/api/organizations/${w.orgA}`, expect: 200 },
    { as: 'admin', path: () => `/api/organizations/${NONE}`, expect: 404 },
  ],
};
