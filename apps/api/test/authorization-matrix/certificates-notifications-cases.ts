import { Case, NONE } from './matrix';

/** Certificates (public check, own PDF), one's notifications, the outbox and the reminder run. */
export const certificateNotificationRows: Record<string, Case[]> = {
  'GET /api/me/certificates': [
    { as: 'anonymous', path: () => '/api/me/certificates', expect: 401 },
    { as: 'participant', path: () => '/api/me/certificates', expect: 200 },
  ],
  'GET /api/certificates/{code}': [
    { as: 'anonymous', path: () => '/api/certificates/00000-00000-00000-00000', expect: 404 },
    { as: 'anonymous', path: (w) => `/api/certificates/${w.certificate}`, expect: 200 },
  ],
  'GET /api/certificates/{code}/pdf': [
    { as: 'anonymous', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 404 },
    { as: 'trainer', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 404 },
    { as: 'colleague', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 200 },
    { as: 'admin', path: (w) => `/api/certificates/${w.certificate}/pdf`, expect: 200 },
  ],
  'GET /api/me/notifications': [
    { as: 'anonymous', path: () => '/api/me/notifications', expect: 401 },
    { as: 'participant', path: () => '/api/me/notifications', expect: 200 },
    { as: 'agent', path: () => '/api/me/notifications?limit=5', expect: 200 },
  ],
  'POST /api/me/notifications/read-all': [
    { as: 'anonymous', path: () => '/api/me/notifications/read-all', expect: 401 },
    { as: 'trainer', path: () => '/api/me/notifications/read-all', expect: 200 },
  ],
  'POST /api/me/notifications/{id}/read': [
    { as: 'anonymous', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 404 },
    { as: 'admin', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 404 },
    { as: 'participant', path: () => `/api/me/notifications/${NONE}/read`, expect: 404 },
    { as: 'participant', path: (w) => `/api/me/notifications/${w.notification}/read`, expect: 200 },
  ],
  'GET /api/admin/outbox': [
    { as: 'anonymous', path: () => '/api/admin/outbox', expect: 401 },
    { as: 'participant', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'trainer', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'coordinator', path: () => '/api/admin/outbox', expect: 403 },
    { as: 'admin', path: () => '/api/admin/outbox?status=outbox', expect: 200 },
  ],
  'POST /api/admin/reminders/run': [
    { as: 'anonymous', path: () => '/api/admin/reminders/run', expect: 401 },
    { as: 'participant', path: () => '/api/admin/reminders/run', expect: 403 },
    { as: 'agent', path: () => '/api/admin/reminders/run', expect: 403 },
    { as: 'admin', path: () => '/api/admin/reminders/run', expect: 200 },
  ],
};

/** Procurement cases: written by their organisation, seen by it and by admins. */
export const caseRows: Record<string, Case[]> = {
  'POST /api/cases': [
    { as: 'anonymous', path: () => '/api/cases', body: () => ({ title: 'Tapaus' }), expect: 401 },
    { as: 'participant', path: () => '/api/cases', body: () => ({ title: 'Tapaus' }), expect: 201 },
    {
      as: 'participant',
      path: () => '/api/cases',
      body: (w) => ({ title: 'Toisen puolesta', organizationId: w.orgB }),
      expect: 403,
    },
  ],
  'GET /api/cases': [
    { as: 'anonymous', path: () => '/api/cases', expect: 401 },
    { as: 'outsider', path: () => '/api/cases', expect: 200 },
    { as: 'trainer', path: () => '/api/cases?scope=drafts', expect: 200 },
  ],
  'GET /api/cases/{id}': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}`, expect: 401 },
    { as: 'colleague', path: (w) => `/api/cases/${w.draftCase}`, expect: 200 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}`, expect: 404 },
    { as: 'agent', path: (w) => `/api/cases/${w.draftCase}`, expect: 404 },
    { as: 'admin', path: (w) => `/api/cases/${w.draftCase}`, expect: 200 },
  ],
  'PATCH /api/cases/{id}': [
    {
      as: 'anonymous',
      path: (w) => `/api/cases/${w.draftCase}`,
      body: () => ({ summary: 's' }),
      expect: 401,
    },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}`, body: () => ({ summary: 's' }), expect: 404 },
    {
      as: 'colleague',
      path: (w) => `/api/cases/${w.draftCase}`,
      body: () => ({ summary: 's' }),
      expect: 200,
    },
    { as: 'admin', path: (w) => `/api/cases/${w.draftCase}`, body: () => ({ summary: 's' }), expect: 200 },
  ],
  'POST /api/cases/{id}/publish': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 404 },
    { as: 'coordinator', path: (w) => `/api/cases/${w.draftCase}/publish`, expect: 409 },
  ],
  'GET /api/cases/{id}/comments': [
    { as: 'anonymous', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 401 },
    { as: 'outsider', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 404 },
    { as: 'colleague', path: (w) => `/api/cases/${w.draftCase}/comments`, expect: 200 },
  ],
  'POST /api/cases/{id}/comments': [
    {
      as: 'anonymous',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 401,
    },
    {
      as: 'outsider',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 404,
    },
    {
      as: 'colleague',
      path: (w) => `/api/cases/${w.draftCase}/comments`,
      body: () => ({ body: 'b' }),
      expect: 201,
    },
  ],
};
