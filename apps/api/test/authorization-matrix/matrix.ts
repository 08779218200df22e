import type { CohortResponse, CourseDetailResponse, EnrollmentResponse } from '@keino/contracts';

import { Actor, auth } from '../factories';
import type { DeveloperGroupWorld } from './developer-groups';
import { TestApp } from '../setup/test-app';
import type { CallsWorld } from './calls-world';
import type { MembershipWorld } from './membership-world';
import type { ScopedStaffWorld } from './scoped-staff-world';

/**
 * Role × endpoint × ownership. Every route the OpenAPI document lists must have a row in one of the area files, so a new route cannot
 * ship without its access cases. Ownership: `participant` is enrolled in `cohort` and works for `orgA`;
 * `colleague` and `coordinator` work for `orgA` too; `outsider` for `orgB`; `trainer` runs `cohort` and edits
 * `course`; `otherTrainer` neither; `agent` follows orgA's region. `unverifiedMember` and `pendingMember` claim orgA
 * without proof (an address at its domain never verified; a request nobody decided), coordinator role and all: every
 * route that trusts membership refuses them as it refuses an outsider (untrusted-members.ts). `coach` coaches orgA's
 * group and `mentor` mentors orgA in each cohort orgA takes part in; `otherCoach` and `otherMentor` follow other teams
 * (scoped-staff-world.ts); all four are staff who train no cohort.
 */
export type ActorName =
  | 'anonymous'
  | 'admin'
  | 'trainer'
  | 'otherTrainer'
  | 'participant'
  | 'colleague'
  | 'coordinator'
  | 'outsider'
  | 'agent'
  | 'unverifiedMember'
  | 'pendingMember'
  | 'coach'
  | 'otherCoach'
  | 'mentor'
  | 'otherMentor';

export interface World {
  /** orgA's verified domain, invitations and membership requests (membership-world.ts). */
  memberships: MembershipWorld;
  /** The small groups, coaches and mentors of the cohorts (scoped-staff-world.ts). */
  groups: ScopedStaffWorld;
  /** A developer group facilitated by `trainer` with orgA as its member (developer-groups.ts). */
  developerGroups: DeveloperGroupWorld;
  /** A call with orgA's draft and orgB's submitted application (calls-world.ts). */
  calls: CallsWorld;
  course: CourseDetailResponse;
  draftId: string;
  cohort: CohortResponse;
  otherCohort: CohortResponse;
  enrollment: EnrollmentResponse;
  orgA: string;
  orgB: string;
  users: Record<Exclude<ActorName, 'anonymous'>, Actor>;
  /** A fresh module/activity of `course` for cases that delete or change one. */
  freshModule(): Promise<string>;
  freshActivity(): Promise<string>;
  /** orgA's register entry (completed, recorded by `participant`) with one indicator; `fresh()` adds another. */
  procurement: { id: string; indicator: string; fresh(): Promise<string> };
  /** A draft procurement case of orgA, written by `participant`. */
  draftCase: string;
  /** The code of `colleague`'s certificate (a completed one-activity cohort). */
  certificate: string;
  /** One of `participant`'s notifications (their enrolment into a full cohort put them on the waitlist). */
  notification: string;
  /** A newly registered participant's id, for cases that erase one. */
  freshUser(): Promise<string>;
  /** A new participant, signed in: for cases that end the caller's own sessions. */
  freshSession(): Promise<Actor>;
  /** `participant`'s enrolment in a cohort (run by `trainer`) of a one-assessment course, and that activity. */
  assessment: { enrollment: string; activity: string };
  /** The current maturity model as a PUT body, and an answer of level 3 to each of its dimensions. */
  maturityModel: { dimensions: { id: string; name: object; levels: object[] }[] };
  assessmentAnswers: { dimensionId: string; level: number }[];
  /**
   * A team assignment in a cohort of its own (trainer: `trainer`; enrolled: `participant` and `colleague` of orgA,
   * `outsider` of orgB): orgA's draft `submissionId` with a file `attachmentId`.
   */
  assignment: {
    cohortId: string;
    enrollmentId: string;
    activityId: string;
    submissionId: string;
    attachmentId: string;
    freshAttachment(): Promise<string>;
  };
}

export interface Case {
  as: ActorName;
  /** Signed in as someone other than `users[as]` (of that role), made for the row: see `fresh` in sessions.ts. */
  caller?: (w: World) => Promise<Actor>;
  /** `caller`: who the row signs in as (absent when anonymous, and when another test reuses the row's path). */
  path: (w: World, caller?: Actor) => string | Promise<string>;
  body?: (w: World) => unknown;
  /** A file sent as multipart/form-data in the field `file`. */
  attach?: Buffer;
  expect: number;
}

export const NONE = '00000000-0000-4000-8000-000000000000';
/** A 1×1 PNG: an allowed attachment. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const page = (w: World) => w.course.modules[0].activities[0].id;
export const workshop = (w: World) => w.course.modules[0].activities[1].id;

/** One route's rows per key ("METHOD /path" as the OpenAPI document spells it). */
export type Rows = Record<string, Case[]>;

/**
 * The areas' rows as one matrix, in the order given: rows run in order and some change what later ones see. A route
 * with rows in two areas would silently lose one area's rows, so it fails instead.
 */
export function mergeAreas(...areas: Rows[]): Rows {
  const matrix: Rows = {};
  for (const area of areas) {
    for (const [route, cases] of Object.entries(area)) {
      if (route in matrix) throw new Error(`${route} has rows in two areas of the authorisation matrix`);
      matrix[route] = cases;
    }
  }
  return matrix;
}

/** Fails on a route of the OpenAPI document without rows, and on rows of a route it does not list. */
export async function expectARowForEveryRoute(t: TestApp, matrix: Rows): Promise<void> {
  const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
  expect(routes.filter((r) => !(r in matrix))).toEqual([]);
  expect(Object.keys(matrix).filter((r) => !routes.includes(r))).toEqual([]);
}

/** One test per row; `suite` is read when a test runs, after beforeAll has built the world. */
export function itAnswersEveryRow(matrix: Rows, suite: () => { t: TestApp; world: World }): void {
  for (const [route, cases] of Object.entries(matrix)) {
    const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    for (const c of cases) {
      it(`${route} as ${c.as} answers ${c.expect}`, async () => {
        const { t, world } = suite();
        const caller =
          c.as === 'anonymous' ? undefined : c.caller ? await c.caller(world) : world.users[c.as];
        let req = t.http[method](await c.path(world, caller));
        if (caller) req = req.set(auth(caller));
        const res = c.attach
          ? await req.attach('file', c.attach, 'matriisi.png')
          : c.body
            ? await req.send(c.body(world) as object)
            : await req;
        expect({ status: res.status, code: res.body?.code }).toMatchObject({ status: c.expect });
      });
    }
  }
}
