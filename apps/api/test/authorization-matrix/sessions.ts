import { Actor } from '../factories';
import { Case, NONE, World } from './matrix';

/** The session an access token was issued for (its `sid` claim). */
export const sessionIdOf = (actor: Actor): string =>
  (JSON.parse(Buffer.from(actor.token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;

/**
 * Ending a session refuses every access token of its person (their token version is raised), so a row that ends
 * its caller's own session signs in someone new for it: the world's people keep their tokens for the rows after.
 */
const fresh = (w: World) => w.freshSession();

/** Sign-out, the person's own sessions, and an admin's ending of someone's. */
export const sessionRows: Record<string, Case[]> = {
  'POST /api/auth/logout': [
    { as: 'anonymous', path: () => '/api/auth/logout', expect: 401 },
    { as: 'participant', caller: fresh, path: () => '/api/auth/logout', expect: 204 },
  ],
  'GET /api/auth/sessions': [
    { as: 'anonymous', path: () => '/api/auth/sessions', expect: 401 },
    { as: 'participant', path: () => '/api/auth/sessions', expect: 200 },
    { as: 'admin', path: () => '/api/auth/sessions', expect: 200 },
  ],
  'DELETE /api/auth/sessions': [
    { as: 'anonymous', path: () => '/api/auth/sessions', expect: 401 },
    { as: 'participant', caller: fresh, path: () => '/api/auth/sessions', expect: 204 },
  ],
  'DELETE /api/auth/sessions/{id}': [
    {
      as: 'anonymous',
      path: (w) => `/api/auth/sessions/${sessionIdOf(w.users.participant)}`,
      expect: 401,
    },
    // Another person's session, even an admin's asking: not found.
    {
      as: 'outsider',
      path: (w) => `/api/auth/sessions/${sessionIdOf(w.users.participant)}`,
      expect: 404,
    },
    { as: 'admin', path: (w) => `/api/auth/sessions/${sessionIdOf(w.users.participant)}`, expect: 404 },
    {
      as: 'participant',
      caller: fresh,
      path: (w, caller) => `/api/auth/sessions/${sessionIdOf(caller ?? w.users.participant)}`,
      expect: 204,
    },
  ],
  'DELETE /api/users/{id}/sessions': [
    { as: 'anonymous', path: async (w) => `/api/users/${await w.freshUser()}/sessions`, expect: 401 },
    { as: 'participant', path: async (w) => `/api/users/${await w.freshUser()}/sessions`, expect: 403 },
    { as: 'coordinator', path: async (w) => `/api/users/${await w.freshUser()}/sessions`, expect: 403 },
    { as: 'agent', path: async (w) => `/api/users/${await w.freshUser()}/sessions`, expect: 403 },
    { as: 'admin', path: async (w) => `/api/users/${await w.freshUser()}/sessions`, expect: 204 },
    { as: 'admin', path: () => `/api/users/${NONE}/sessions`, expect: 404 },
  ],
};
