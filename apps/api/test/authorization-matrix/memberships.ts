import { randomUUID } from 'node:crypto';

import { Case, NONE, World } from './matrix';

const domainsOf = (org: string) => `/api/organizations/${org}/email-domains`;
const invitationsOf = (org: string) => `/api/organizations/${org}/invitations`;
const requestsOf = (org: string) => `/api/organizations/${org}/membership-requests`;
const domains = (w: World) => domainsOf(w.orgA);
const invitations = (w: World) => invitationsOf(w.orgA);
const requests = (w: World) => requestsOf(w.orgA);
const someone = () => ({ email: `kutsu-${randomUUID()}@keino.example` });
const approve = () => ({ status: 'approved' });
const bogus = () => ({ token: 'x'.repeat(43) });

/**
 * Emailed links (public, or the signed-in person's own), and an organisation's domains, invitations and requests:
 * admins, and that organisation's coordinators (another's get 404). They run last: accepting and filing change people.
 */
export const membershipRows: Record<string, Case[]> = {
  'POST /api/auth/email-verification': [
    { as: 'anonymous', path: () => '/api/auth/email-verification', expect: 401 },
    { as: 'unverifiedMember', path: () => '/api/auth/email-verification', expect: 202 },
    { as: 'coordinator', path: () => '/api/auth/email-verification', expect: 202 },
  ],
  'POST /api/auth/verify-email': [
    { as: 'anonymous', path: () => '/api/auth/verify-email', body: bogus, expect: 400 },
  ],
  'POST /api/auth/password-reset': [
    {
      as: 'anonymous',
      path: () => '/api/auth/password-reset',
      body: () => ({ email: `ei-ole-${randomUUID()}@keino.example` }),
      expect: 202,
    },
  ],
  'POST /api/auth/password-reset/confirm': [
    {
      as: 'anonymous',
      path: () => '/api/auth/password-reset/confirm',
      body: () => ({ ...bogus(), password: 'y'.repeat(12) }),
      expect: 400,
    },
  ],
  'GET /api/organizations/{id}/email-domains': [
    { as: 'anonymous', path: domains, expect: 401 },
    { as: 'coordinator', path: domains, expect: 200 },
    { as: 'admin', path: (w) => domainsOf(w.orgB), expect: 200 },
    { as: 'coordinator', path: (w) => domainsOf(w.orgB), expect: 404 },
    { as: 'participant', path: domains, expect: 403 },
    { as: 'admin', path: () => domainsOf(NONE), expect: 404 },
  ],
  'PUT /api/organizations/{id}/email-domains': [
    { as: 'anonymous', path: domains, body: (w) => ({ domains: [w.memberships.orgADomain] }), expect: 401 },
    { as: 'coordinator', path: domains, body: (w) => ({ domains: [w.memberships.orgADomain] }), expect: 403 },
    { as: 'admin', path: domains, body: (w) => ({ domains: [w.memberships.orgADomain] }), expect: 200 },
    {
      as: 'admin',
      path: (w) => domainsOf(w.orgB),
      body: (w) => ({ domains: [w.memberships.orgADomain] }),
      expect: 409,
    },
  ],
  'POST /api/organizations/{id}/invitations': [
    { as: 'anonymous', path: invitations, body: someone, expect: 401 },
    { as: 'participant', path: invitations, body: someone, expect: 403 },
    { as: 'coordinator', path: invitations, body: someone, expect: 201 },
    { as: 'coordinator', path: (w) => invitationsOf(w.orgB), body: someone, expect: 404 },
    { as: 'admin', path: (w) => invitationsOf(w.orgB), body: someone, expect: 201 },
  ],
  'GET /api/organizations/{id}/invitations': [
    { as: 'anonymous', path: invitations, expect: 401 },
    { as: 'participant', path: invitations, expect: 403 },
    { as: 'coordinator', path: invitations, expect: 200 },
    { as: 'coordinator', path: (w) => invitationsOf(w.orgB), expect: 404 },
    { as: 'admin', path: (w) => invitationsOf(w.orgB), expect: 200 },
  ],
  'DELETE /api/invitations/{id}': [
    { as: 'anonymous', path: (w) => `/api/invitations/${w.memberships.orgBInvitation}`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/invitations/${w.memberships.orgBInvitation}`, expect: 403 },
    { as: 'coordinator', path: (w) => `/api/invitations/${w.memberships.orgBInvitation}`, expect: 404 },
    {
      as: 'coordinator',
      path: async (w) => `/api/invitations/${await w.memberships.freshInvitation()}`,
      expect: 204,
    },
    { as: 'admin', path: (w) => `/api/invitations/${w.memberships.orgBInvitation}`, expect: 204 },
    { as: 'admin', path: () => `/api/invitations/${NONE}`, expect: 404 },
  ],
  'POST /api/invitations/lookup': [
    { as: 'anonymous', path: () => '/api/invitations/lookup', body: bogus, expect: 400 },
    {
      as: 'anonymous',
      path: () => '/api/invitations/lookup',
      body: (w) => ({ token: w.memberships.invitation.token }),
      expect: 200,
    },
  ],
  'GET /api/membership-requests/mine': [
    { as: 'anonymous', path: () => '/api/membership-requests/mine', expect: 401 },
    { as: 'participant', path: () => '/api/membership-requests/mine', expect: 404 },
    { as: 'pendingMember', path: () => '/api/membership-requests/mine', expect: 200 },
  ],
  'GET /api/organizations/{id}/membership-requests': [
    { as: 'anonymous', path: requests, expect: 401 },
    { as: 'participant', path: requests, expect: 403 },
    { as: 'coordinator', path: requests, expect: 200 },
    { as: 'coordinator', path: (w) => `${requestsOf(w.orgB)}?status=rejected`, expect: 404 },
    { as: 'admin', path: (w) => requestsOf(w.orgB), expect: 200 },
  ],
  'PATCH /api/membership-requests/{id}': [
    {
      as: 'anonymous',
      path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`,
      body: approve,
      expect: 401,
    },
    {
      as: 'outsider',
      path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`,
      body: approve,
      expect: 403,
    },
    {
      as: 'coordinator',
      path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`,
      body: approve,
      expect: 404,
    },
    {
      as: 'coordinator',
      path: async (w) => `/api/membership-requests/${await w.memberships.freshRequest()}`,
      body: approve,
      expect: 200,
    },
    {
      as: 'admin',
      path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`,
      body: () => ({ status: 'rejected' }),
      expect: 200,
    },
    {
      as: 'admin',
      path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`,
      body: approve,
      expect: 409,
    },
  ],
  'POST /api/invitations/accept': [
    {
      as: 'anonymous',
      path: () => '/api/invitations/accept',
      body: (w) => ({ token: w.memberships.invitation.token }),
      expect: 401,
    },
    {
      as: 'outsider',
      path: () => '/api/invitations/accept',
      body: (w) => ({ token: w.memberships.invitation.token }),
      expect: 403,
    },
    { as: 'trainer', path: () => '/api/invitations/accept', body: bogus, expect: 400 },
    // The invitation went to otherTrainer's address: they join orgA (no row after this one needs them outside it).
    {
      as: 'otherTrainer',
      path: () => '/api/invitations/accept',
      body: (w) => ({ token: w.memberships.invitation.token }),
      expect: 200,
    },
  ],
  'POST /api/membership-requests': [
    {
      as: 'anonymous',
      path: () => '/api/membership-requests',
      body: (w) => ({ organizationId: w.orgA }),
      expect: 401,
    },
    {
      as: 'participant',
      path: () => '/api/membership-requests',
      body: (w) => ({ organizationId: w.orgB }),
      expect: 409,
    },
    {
      as: 'pendingMember',
      path: () => '/api/membership-requests',
      body: (w) => ({ organizationId: w.orgB }),
      expect: 409,
    },
    {
      as: 'agent',
      path: () => '/api/membership-requests',
      body: (w) => ({ organizationId: w.orgB }),
      expect: 201,
    },
  ],
  'DELETE /api/membership-requests/{id}': [
    { as: 'anonymous', path: (w) => `/api/membership-requests/${w.memberships.request}`, expect: 401 },
    { as: 'coordinator', path: (w) => `/api/membership-requests/${w.memberships.request}`, expect: 404 },
    { as: 'admin', path: (w) => `/api/membership-requests/${w.memberships.request}`, expect: 404 },
    { as: 'outsider', path: (w) => `/api/membership-requests/${w.memberships.orgBRequest}`, expect: 404 },
    // The last row of the matrix: pendingMember withdraws, and waits on nothing any more.
    { as: 'pendingMember', path: (w) => `/api/membership-requests/${w.memberships.request}`, expect: 204 },
  ],
};
