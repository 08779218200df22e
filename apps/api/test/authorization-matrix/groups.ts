import { ActorName, Case, NONE, Rows, World } from './matrix';

type Probe = Omit<Case, 'as'>;

const task = (w: World) => w.assignment.cohortId;
const groups = (w: World) => `/api/cohorts/${task(w)}/groups`;
const group = (w: World) => `/api/groups/${w.groups.groupId}`;
const meetings = (w: World) => `${group(w)}/meetings`;
const attendance = (w: World, userId: string) => `/api/meetings/${w.groups.meetingId}/attendance/${userId}`;
const mentorOf = (w: World, org: string) => `/api/cohorts/${task(w)}/mentors/${org}`;
const review = (w: World) => `/api/assignments/${w.assignment.submissionId}/management-review`;
const meeting = () => ({ title: 'Tapaaminen', startsAt: '2027-03-10T07:00:00Z' });
const presented = () => ({ presentedOn: '2026-01-20', outcome: 'noted' });

const rows = (path: Case['path'], body: Case['body'], cases: [ActorName, number][]): Case[] =>
  cases.map(([as, expect]) => ({ as, path, body, expect }));

/** Small groups, mentors, My teams, group meetings and the management-team review. Rows run in order. */
export const groupRows: Rows = {
  'POST /api/cohorts/{id}/groups': rows(groups, () => ({ name: 'Uusi', coachIds: [], organizationIds: [] }), [
    ['anonymous', 401],
    ['participant', 403],
    ['coach', 403],
    ['mentor', 403],
    ['otherTrainer', 404],
    ['agent', 404],
    ['trainer', 201],
    ['admin', 201],
  ]),
  'GET /api/cohorts/{id}/groups': rows(groups, undefined, [
    ['anonymous', 401],
    ['trainer', 200],
    ['admin', 200],
    ['coach', 200],
    ['otherCoach', 200],
    ['mentor', 200],
    ['participant', 200],
    ['outsider', 200],
    ['otherTrainer', 404],
    ['agent', 404],
    ['coordinator', 404],
  ]),
  'GET /api/cohorts/{id}/group-board': rows((w) => `/api/cohorts/${task(w)}/group-board`, undefined, [
    ['anonymous', 401],
    ['trainer', 200],
    ['admin', 200],
    ['coach', 403],
    ['participant', 403],
    ['otherTrainer', 404],
  ]),
  'PATCH /api/groups/{id}': [
    ...rows(group, () => ({ name: 'Pienryhmä A' }), [
      ['anonymous', 401],
      ['coach', 403],
      ['otherCoach', 403],
      ['mentor', 403],
      ['participant', 403],
      ['otherTrainer', 404],
      ['trainer', 200],
      ['admin', 200],
    ]),
    { as: 'trainer', path: group, body: (w) => ({ organizationIds: [w.orgA, w.orgB] }), expect: 409 },
    { as: 'trainer', path: group, body: (w) => ({ coachIds: [w.users.participant.id] }), expect: 409 },
    { as: 'trainer', path: () => `/api/groups/${NONE}`, body: () => ({ name: 'X' }), expect: 404 },
  ],
  'PUT /api/cohorts/{id}/mentors/{organizationId}': [
    ...rows(
      (w) => mentorOf(w, w.orgA),
      (w) => ({ mentorId: w.users.mentor.id }),
      [
        ['anonymous', 401],
        ['coach', 403],
        ['mentor', 403],
        ['participant', 403],
        ['otherTrainer', 404],
        ['trainer', 200],
        ['admin', 200],
      ],
    ),
    {
      as: 'trainer',
      path: (w) => mentorOf(w, w.orgA),
      body: (w) => ({ mentorId: w.users.colleague.id }),
      expect: 409,
    },
    {
      as: 'trainer',
      path: (w) => mentorOf(w, NONE),
      body: (w) => ({ mentorId: w.users.mentor.id }),
      expect: 409,
    },
  ],
  'GET /api/me/mentoring': rows(() => '/api/me/mentoring', undefined, [
    ['anonymous', 401],
    ['participant', 200],
    ['coach', 200],
    ['mentor', 200],
  ]),
  'GET /api/me/group-meetings': rows(() => '/api/me/group-meetings', undefined, [
    ['anonymous', 401],
    ['participant', 200],
    ['coach', 200],
  ]),
  'POST /api/groups/{id}/meetings': rows(meetings, meeting, [
    ['anonymous', 401],
    ['mentor', 403],
    ['otherCoach', 403],
    ['participant', 403],
    ['outsider', 404],
    ['otherTrainer', 404],
    ['coach', 201],
    ['trainer', 201],
    ['admin', 201],
  ]),
  'GET /api/groups/{id}/meetings': rows(meetings, undefined, [
    ['anonymous', 401],
    ['coach', 200],
    ['mentor', 200],
    ['otherCoach', 200],
    ['participant', 200],
    ['colleague', 200],
    ['trainer', 200],
    ['admin', 200],
    ['outsider', 404],
    ['otherTrainer', 404],
    ['agent', 404],
  ]),
  'PUT /api/meetings/{id}/attendance/{userId}': [
    ...rows(
      (w) => attendance(w, w.users.participant.id),
      () => ({ attended: true }),
      [
        ['anonymous', 401],
        ['mentor', 403],
        ['otherCoach', 403],
        ['participant', 403],
        ['outsider', 404],
        ['otherTrainer', 404],
        ['coach', 200],
        ['trainer', 200],
        ['admin', 200],
      ],
    ),
    {
      as: 'coach',
      path: (w) => attendance(w, w.users.outsider.id),
      body: () => ({ attended: true }),
      expect: 404,
    },
    {
      as: 'coach',
      path: (w) => attendance(w, w.users.trainer.id),
      body: () => ({ attended: true }),
      expect: 404,
    },
  ],
  'PUT /api/assignments/{id}/management-review': [
    ...rows(review, presented, [
      ['anonymous', 401],
      ['coach', 403],
      ['mentor', 403],
      ['trainer', 403],
      ['otherCoach', 404],
      ['otherMentor', 404],
      ['outsider', 404],
      ['otherTrainer', 404],
      ['unverifiedMember', 404],
      ['pendingMember', 404],
      ['participant', 200],
      ['colleague', 200],
    ]),
    {
      as: 'participant',
      path: review,
      body: () => ({ presentedOn: '2999-01-01', outcome: 'noted' }),
      expect: 400,
    },
  ],
};

const progress = (w: World) => `/api/enrollments/${w.enrollment.id}/progress`;
const answers = (w: World) => `/api/enrollments/${w.assessment.enrollment}/assessments`;
const submission = (w: World) => `/api/assignments/${w.assignment.submissionId}`;

/**
 * The coach and the mentor read what the cohort's trainers read of their own teams, in every module that shows a
 * team's work; the other group's coach and the other team's mentor get 404 (403 for a whole cohort's reports, as
 * any staff member who does not run it); neither reviews.
 */
const SCOPED: Record<string, [ActorName, Probe][]> = {
  'GET /api/enrollments/{id}/progress': follows(progress, 200, 404),
  'GET /api/enrollments/{id}/assessments': follows(answers, 200, 404),
  'GET /api/assignments/{id}': follows(submission, 200, 404),
  'POST /api/assignments/{id}/comments': follows(
    (w) => `${submission(w)}/comments`,
    201,
    404,
    () => ({
      body: 'Valmentajan huomio',
    }),
  ),
  'POST /api/assignments/{id}/reviews': follows(
    (w) => `${submission(w)}/reviews`,
    403,
    404,
    () => ({
      decision: 'approved',
    }),
  ),
  'GET /api/cohorts/{id}/report': follows((w) => `/api/cohorts/${w.cohort.id}/report`, 200, 403),
  'GET /api/cohorts/{id}/report.csv': follows((w) => `/api/cohorts/${w.cohort.id}/report.csv`, 200, 403),
  'GET /api/cohorts/{id}/at-risk': follows((w) => `/api/cohorts/${w.cohort.id}/at-risk`, 200, 403),
};

function follows(path: Case['path'], own: number, other: number, body?: Case['body']): [ActorName, Probe][] {
  return [
    ['coach', { path, body, expect: own }],
    ['mentor', { path, body, expect: own }],
    ['otherCoach', { path, body, expect: other }],
    ['otherMentor', { path, body, expect: other }],
  ];
}

/** The matrix with the coaches' and mentors' rows added after each listed route's own rows. */
export function withScopedStaff(matrix: Rows): Rows {
  const out: Rows = { ...matrix };
  for (const [route, probes] of Object.entries(SCOPED)) {
    if (!(route in matrix)) throw new Error(`${route} shows a team's work but has no rows in the matrix`);
    out[route] = [...matrix[route], ...probes.map(([as, probe]) => ({ as, ...probe }))];
  }
  return out;
}
