import { NONE, Rows, World } from './matrix';

const call = (w: World) => `/api/calls/${w.calls.call}`;
const apply = (w: World) => `${call(w)}/applications`;
const draft = (w: World) => `/api/applications/${w.calls.draft}`;
const submitted = (w: World) => `/api/applications/${w.calls.submitted}`;
const newCall = (w: World) => ({
  cohortId: w.otherCohort.id,
  title: 'Matriisin haku',
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: '2099-01-01T00:00:00Z',
  maxOrganizations: 5,
  criteria: [{ key: 'task', title: 'Tehtävä', weight: 2 }],
});
const scores = () => ({ scores: { task: 4, commitment: 3, team: 2 } });

/** Calls for applications (API.md "Calls for applications and selection"). */
export const callRows: Rows = {
  'POST /api/calls': [
    { as: 'anonymous', path: () => '/api/calls', body: newCall, expect: 401 },
    { as: 'participant', path: () => '/api/calls', body: newCall, expect: 403 },
    { as: 'trainer', path: () => '/api/calls', body: newCall, expect: 403 },
    { as: 'admin', path: () => '/api/calls', body: newCall, expect: 201 },
  ],
  'GET /api/calls': [
    { as: 'anonymous', path: () => '/api/calls', expect: 401 },
    { as: 'participant', path: () => '/api/calls', expect: 200 },
    { as: 'admin', path: () => '/api/calls', expect: 200 },
  ],
  'GET /api/calls/{id}': [
    { as: 'anonymous', path: call, expect: 401 },
    { as: 'outsider', path: call, expect: 200 },
    { as: 'admin', path: () => `/api/calls/${NONE}`, expect: 404 },
  ],
  'POST /api/calls/{id}/applications': [
    { as: 'anonymous', path: apply, body: () => ({}), expect: 401 },
    { as: 'trainer', path: apply, body: () => ({}), expect: 403 },
    { as: 'agent', path: apply, body: () => ({}), expect: 403 },
    { as: 'admin', path: apply, body: () => ({}), expect: 403 },
    // orgA has its draft to this call: 409 APPLICATION_EXISTS.
    { as: 'colleague', path: apply, body: () => ({}), expect: 409 },
    {
      as: 'coordinator',
      path: async (w) => `/api/calls/${await w.calls.freshCall()}/applications`,
      body: () => ({}),
      expect: 201,
    },
  ],
  'GET /api/applications/{id}': [
    { as: 'anonymous', path: draft, expect: 401 },
    { as: 'colleague', path: draft, expect: 200 },
    { as: 'outsider', path: draft, expect: 404 },
    { as: 'agent', path: draft, expect: 200 },
    { as: 'admin', path: draft, expect: 200 },
    // The call's reviewer: a draft is not there for them; a submitted one is.
    { as: 'trainer', path: draft, expect: 404 },
    { as: 'trainer', path: submitted, expect: 200 },
    { as: 'otherTrainer', path: submitted, expect: 404 },
  ],
  'PATCH /api/applications/{id}': [
    { as: 'anonymous', path: draft, body: () => ({ motivation: 'm' }), expect: 401 },
    { as: 'outsider', path: draft, body: () => ({ motivation: 'm' }), expect: 404 },
    { as: 'admin', path: draft, body: () => ({ motivation: 'm' }), expect: 403 },
    { as: 'agent', path: draft, body: () => ({ motivation: 'm' }), expect: 403 },
    { as: 'colleague', path: draft, body: () => ({ motivation: 'm' }), expect: 200 },
    { as: 'outsider', path: submitted, body: () => ({ motivation: 'm' }), expect: 409 },
  ],
  'POST /api/applications/{id}/submit': [
    { as: 'anonymous', path: (w) => `${draft(w)}/submit`, expect: 401 },
    { as: 'outsider', path: (w) => `${draft(w)}/submit`, expect: 404 },
    { as: 'admin', path: (w) => `${draft(w)}/submit`, expect: 403 },
    // An empty draft: 409 APPLICATION_INCOMPLETE.
    { as: 'colleague', path: (w) => `${draft(w)}/submit`, expect: 409 },
    {
      as: 'coordinator',
      path: async (w) => `/api/applications/${await w.calls.freshDraft()}/submit`,
      expect: 200,
    },
  ],
  'POST /api/calls/{id}/reviewers': [
    {
      as: 'anonymous',
      path: (w) => `${call(w)}/reviewers`,
      body: (w) => ({ userId: w.users.trainer.id }),
      expect: 401,
    },
    {
      as: 'trainer',
      path: (w) => `${call(w)}/reviewers`,
      body: (w) => ({ userId: w.users.trainer.id }),
      expect: 403,
    },
    {
      as: 'admin',
      path: (w) => `${call(w)}/reviewers`,
      body: (w) => ({ userId: w.users.participant.id }),
      expect: 409,
    },
    {
      as: 'admin',
      path: (w) => `${call(w)}/reviewers`,
      body: (w) => ({ userId: w.users.trainer.id }),
      expect: 201,
    },
  ],
  'PUT /api/applications/{id}/review': [
    { as: 'anonymous', path: (w) => `${submitted(w)}/review`, body: scores, expect: 401 },
    { as: 'participant', path: (w) => `${submitted(w)}/review`, body: scores, expect: 403 },
    { as: 'otherTrainer', path: (w) => `${submitted(w)}/review`, body: scores, expect: 404 },
    { as: 'admin', path: (w) => `${submitted(w)}/review`, body: scores, expect: 403 },
    { as: 'trainer', path: (w) => `${draft(w)}/review`, body: scores, expect: 404 },
    { as: 'trainer', path: (w) => `${submitted(w)}/review`, body: scores, expect: 200 },
  ],
  'GET /api/calls/{id}/applications': [
    { as: 'anonymous', path: (w) => `${call(w)}/applications`, expect: 401 },
    { as: 'participant', path: (w) => `${call(w)}/applications`, expect: 403 },
    { as: 'otherTrainer', path: (w) => `${call(w)}/applications`, expect: 403 },
    { as: 'trainer', path: (w) => `${call(w)}/applications`, expect: 200 },
    { as: 'agent', path: (w) => `${call(w)}/applications`, expect: 200 },
    { as: 'admin', path: (w) => `${call(w)}/applications`, expect: 200 },
  ],
  'GET /api/calls/{id}/applications.csv': [
    { as: 'anonymous', path: (w) => `${call(w)}/applications.csv`, expect: 401 },
    { as: 'trainer', path: (w) => `${call(w)}/applications.csv`, expect: 403 },
    { as: 'admin', path: (w) => `${call(w)}/applications.csv`, expect: 200 },
  ],
  'GET /api/calls/{id}/applications.xlsx': [
    { as: 'anonymous', path: (w) => `${call(w)}/applications.xlsx`, expect: 401 },
    { as: 'agent', path: (w) => `${call(w)}/applications.xlsx`, expect: 403 },
    { as: 'admin', path: (w) => `${call(w)}/applications.xlsx`, expect: 200 },
  ],
  'POST /api/applications/{id}/decision': [
    {
      as: 'anonymous',
      path: (w) => `${submitted(w)}/decision`,
      body: () => ({ decision: 'reserve' }),
      expect: 401,
    },
    {
      as: 'trainer',
      path: (w) => `${submitted(w)}/decision`,
      body: () => ({ decision: 'reserve' }),
      expect: 403,
    },
    { as: 'admin', path: (w) => `${draft(w)}/decision`, body: () => ({ decision: 'accepted' }), expect: 409 },
    {
      as: 'admin',
      path: async (w) => `/api/applications/${await w.calls.freshSubmitted()}/decision`,
      body: () => ({ decision: 'accepted', message: 'Tervetuloa' }),
      expect: 200,
    },
  ],
};
