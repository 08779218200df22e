import { procurementBody } from '../factories/procurements';
import { ActorName, Case, page, PNG, Rows, World } from './matrix';

type Probe = Omit<Case, 'as'>;

const submission = (w: World) => `/api/assignments/${w.assignment.submissionId}`;
const attachment = (w: World) => `${submission(w)}/attachments/${w.assignment.attachmentId}`;
const draftCase = (w: World) => `/api/cases/${w.draftCase}`;
const procurement = (w: World) => `/api/procurements/${w.procurement.id}`;
const text = () => ({ body: '<p>Väitetty jäsen</p>' });

/**
 * Every route whose rule trusts membership of orgA (its drafts, its team's work, its people, its colleagues' enrolments,
 * its members' progress and answers, its invitations and requests), probed as it would answer an outsider.
 */
const TRUSTING_MEMBERSHIP: Record<string, Probe[]> = {
  'GET /api/procurements/{id}': [{ path: procurement, expect: 404 }],
  'PATCH /api/procurements/{id}': [{ path: procurement, body: () => ({ valueEur: 1 }), expect: 404 }],
  'DELETE /api/procurements/{id}': [{ path: procurement, expect: 404 }],
  'POST /api/procurements/{id}/indicators': [
    {
      path: (w) => `${procurement(w)}/indicators`,
      body: () => ({ name: 'Väitetty', unit: 't', baseline: 1, target: 2, direction: 'increase' }),
      expect: 404,
    },
  ],
  'POST /api/indicators/{id}/measurements': [
    {
      path: (w) => `/api/indicators/${w.procurement.indicator}/measurements`,
      body: () => ({ measuredOn: '2027-01-01', value: 1 }),
      expect: 404,
    },
  ],
  // 409 NO_ORGANIZATION: a procurement is recorded for one's own organisation, and they have none.
  'POST /api/procurements': [
    {
      path: () => '/api/procurements',
      body: (w) => procurementBody({ organizationId: w.orgA }),
      expect: 409,
    },
  ],
  'POST /api/procurements/{id}/case': [{ path: (w) => `${procurement(w)}/case`, expect: 404 }],
  // A call's application is its organisation's: a claimant neither applies for it nor reads orgA's draft.
  'POST /api/calls/{id}/applications': [
    {
      path: async (w) => `/api/calls/${await w.calls.freshCall()}/applications`,
      body: () => ({}),
      expect: 403,
    },
  ],
  'GET /api/applications/{id}': [{ path: (w) => `/api/applications/${w.calls.draft}`, expect: 404 }],
  'PATCH /api/applications/{id}': [
    {
      path: (w) => `/api/applications/${w.calls.draft}`,
      body: () => ({ motivation: 'Väitetty' }),
      expect: 404,
    },
  ],
  'POST /api/applications/{id}/submit': [
    { path: (w) => `/api/applications/${w.calls.draft}/submit`, expect: 404 },
  ],
  'GET /api/cases/{id}': [{ path: draftCase, expect: 404 }],
  'PATCH /api/cases/{id}': [{ path: draftCase, body: () => ({ summary: 'Väitetty' }), expect: 404 }],
  'POST /api/cases/{id}/publish': [{ path: (w) => `${draftCase(w)}/publish`, expect: 404 }],
  'GET /api/cases/{id}/comments': [{ path: (w) => `${draftCase(w)}/comments`, expect: 404 }],
  'POST /api/cases/{id}/comments': [{ path: (w) => `${draftCase(w)}/comments`, body: text, expect: 404 }],
  'POST /api/cases': [
    // 409 NO_ORGANIZATION: a case is written for one's own organisation, and they have none.
    { path: () => '/api/cases', body: (w) => ({ title: 'Väitetty', organizationId: w.orgA }), expect: 409 },
  ],
  'GET /api/organizations/{id}/members': [
    { path: (w) => `/api/organizations/${w.orgA}/members`, expect: 404 },
  ],
  'GET /api/organizations/{id}/enrollments': [
    { path: (w) => `/api/organizations/${w.orgA}/enrollments`, expect: 404 },
  ],
  // Enrolling oneself needs no membership; enrolling a colleague of orgA does.
  'POST /api/cohorts/{id}/enrollments': [
    {
      path: (w) => `/api/cohorts/${w.otherCohort.id}/enrollments`,
      body: (w) => ({ userId: w.memberships.newcomer }),
      expect: 403,
    },
  ],
  'GET /api/enrollments/{id}/progress': [
    { path: (w) => `/api/enrollments/${w.enrollment.id}/progress`, expect: 404 },
  ],
  'PUT /api/enrollments/{id}/progress/{activityId}': [
    {
      path: (w) => `/api/enrollments/${w.enrollment.id}/progress/${page(w)}`,
      body: () => ({ state: 'completed' }),
      expect: 404,
    },
  ],
  'GET /api/enrollments/{id}/assessments/benchmark': [
    { path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments/benchmark`, expect: 404 },
  ],
  'GET /api/enrollments/{id}/assessments': [
    { path: (w) => `/api/enrollments/${w.assessment.enrollment}/assessments`, expect: 404 },
  ],
  'GET /api/enrollments/{enrollmentId}/assignments/{activityId}': [
    {
      path: (w) => `/api/enrollments/${w.assignment.enrollmentId}/assignments/${w.assignment.activityId}`,
      expect: 404,
    },
  ],
  'GET /api/assignments/{id}': [{ path: submission, expect: 404 }],
  'PATCH /api/assignments/{id}': [{ path: submission, body: text, expect: 404 }],
  'POST /api/assignments/{id}/attachments': [
    { path: (w) => `${submission(w)}/attachments`, attach: PNG, expect: 404 },
  ],
  'GET /api/assignments/{id}/attachments/{attachmentId}': [{ path: attachment, expect: 404 }],
  'DELETE /api/assignments/{id}/attachments/{attachmentId}': [{ path: attachment, expect: 404 }],
  'POST /api/assignments/{id}/comments': [
    { path: (w) => `${submission(w)}/comments`, body: text, expect: 404 },
  ],
  'POST /api/assignments/{id}/submit': [{ path: (w) => `${submission(w)}/submit`, expect: 404 }],
  'GET /api/organizations/{id}/email-domains': [
    { path: (w) => `/api/organizations/${w.orgA}/email-domains`, expect: 404 },
  ],
  'GET /api/organizations/{id}/invitations': [
    { path: (w) => `/api/organizations/${w.orgA}/invitations`, expect: 404 },
  ],
  'POST /api/organizations/{id}/invitations': [
    {
      path: (w) => `/api/organizations/${w.orgA}/invitations`,
      body: () => ({ email: 'vaitetty@keino.example' }),
      expect: 404,
    },
  ],
  'DELETE /api/invitations/{id}': [
    { path: (w) => `/api/invitations/${w.memberships.invitation.id}`, expect: 404 },
  ],
  'GET /api/organizations/{id}/membership-requests': [
    { path: (w) => `/api/organizations/${w.orgA}/membership-requests`, expect: 404 },
  ],
  'PATCH /api/membership-requests/{id}': [
    {
      path: (w) => `/api/membership-requests/${w.memberships.request}`,
      body: () => ({ status: 'approved' }),
      expect: 404,
    },
  ],
};

const CLAIMANTS: ActorName[] = ['unverifiedMember', 'pendingMember'];

/**
 * The matrix with the claimants' rows added to each route that trusts membership (after that route's own rows); fails
 * when a listed route has no rows of its own, so a renamed route cannot drop out silently.
 */
export function withUntrustedMembers(matrix: Rows): Rows {
  const out: Rows = { ...matrix };
  for (const [route, probes] of Object.entries(TRUSTING_MEMBERSHIP)) {
    if (!(route in matrix)) throw new Error(`${route} trusts membership but has no rows in the matrix`);
    out[route] = [...matrix[route], ...CLAIMANTS.flatMap((as) => probes.map((probe) => ({ as, ...probe })))];
  }
  return out;
}
