import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';

import { hashPassword } from '../accounts/password-hasher';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CertificatesService } from '../certificates/certificates.service';
import { CoursesService } from '../courses/courses.service';
import { renderEmail } from '../notifications/notification-texts';
import { withCheckDigit } from '../organizations/business-id';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { RECOUNT_PROGRESS } from './recount-progress';
import { DEMO_ASSIGNMENT } from './demo-assignment';
import { simplePdf } from './demo-pdf';
import {
  DEMO_CASES,
  DEMO_COURSE,
  DEMO_MODULES,
  DEMO_ORGANIZATIONS,
  FIRST_NAMES,
  LAST_NAMES,
} from './demo-content';

const DAY = 86_400_000;
const dayOffset = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const ascii = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * DEMO_DATA=true on an empty database: organisations, people in every role, the academy's course and three
 * cohorts (finished, running with varied progress, open for enrolment). Dates are relative to today so the demo
 * always shows a running cohort.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly courses: CoursesService,
    private readonly certificates: CertificatesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM organizations`);
    if (n > 0) return;
    await this.seed();
    // The finished cohort's completions were written directly, without the completion event.
    await this.certificates.issueMissing();
  }

  async seed(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { courseId, trainers, orgs, people } = await this.db.transaction(async (tx) => {
      const orgs = await this.insertOrganizations(tx);
      const named = await this.insertNamedAccounts(tx, passwordHash, orgs);
      const generated = await this.insertParticipants(tx, passwordHash, Object.values(orgs));
      const trainers = [named['trainer@keino.example'], named['trainer2@keino.example']];
      const courseId = await this.insertCourseDraft(tx, trainers);
      await this.insertCases(tx, orgs, named);
      return {
        courseId,
        trainers,
        orgs,
        people: {
          manager: named['manager@keino.example'],
          coordinator: named['coordinator@keino.example'],
          generated,
        },
      };
    });
    await this.courses.publish({ id: trainers[0], roles: ['admin'] }, courseId);
    await this.db.transaction((tx) => this.insertCohorts(tx, courseId, trainers, people));
    await this.db.transaction((tx) => this.insertNotifications(tx, people.manager));
    await this.db.transaction((tx) => this.insertAssignments(tx, orgs, people));
    this.logger.log(
      `Demo data created: 8 organisations, 36 people, 1 course, 3 cohorts, ${DEMO_CASES.length} procurement cases`,
    );
  }

  private async insertOrganizations(tx: EntityManager): Promise<Record<string, string>> {
    const rows: { id: string; business_id: string }[] = await tx.query(
      `INSERT INTO organizations (name, business_id, kind, region)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) RETURNING id, business_id`,
      [
        DEMO_ORGANIZATIONS.map((o) => o.name),
        DEMO_ORGANIZATIONS.map((o) => withCheckDigit(o.body)),
        DEMO_ORGANIZATIONS.map((o) => o.kind),
        DEMO_ORGANIZATIONS.map((o) => o.region),
      ],
    );
    const byBusinessId = new Map(rows.map((r) => [r.business_id, r.id]));
    return Object.fromEntries(
      DEMO_ORGANIZATIONS.map((o) => [o.key, byBusinessId.get(withCheckDigit(o.body))!]),
    );
  }

  private async insertNamedAccounts(tx: EntityManager, hash: string, orgs: Record<string, string>) {
    const ids: Record<string, string> = {};
    for (const a of DEMO_ACCOUNTS) {
      const [row] = await tx.query(
        `INSERT INTO users (email, password_hash, full_name, locale, roles, organization_id, regions)
         VALUES ($1, $2, $3, 'fi', $4, $5, $6)
         ON CONFLICT (lower(email)) DO UPDATE SET roles = EXCLUDED.roles RETURNING id`,
        [a.email, hash, a.fullName, a.roles, a.organization ? orgs[a.organization] : null, a.regions ?? []],
      );
      ids[a.email] = row.id;
    }
    return ids;
  }

  /** The case library: published cases of several organisations with a few comments, and one draft of Tampere. */
  private async insertCases(
    tx: EntityManager,
    orgs: Record<string, string>,
    named: Record<string, string>,
  ): Promise<void> {
    for (const c of DEMO_CASES) {
      const i = c.input;
      const published =
        c.status === 'published' ? new Date(Date.now() - (c.publishedDaysAgo ?? 0) * DAY) : null;
      const [row] = await tx.query(
        `INSERT INTO procurement_cases (organization_id, author_id, status, language, title, summary, purchased,
           procedure, sustainability_criteria, innovation_criteria, results, themes, cpv_code, contact_name,
           contact_email, published_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
           coalesce($16, now()), coalesce($16, now()))
         RETURNING id`,
        [
          orgs[c.organization],
          c.author ? named[c.author] : null,
          c.status,
          i.language,
          i.title,
          i.summary,
          i.purchased,
          i.procedure,
          i.sustainabilityCriteria,
          i.innovationCriteria,
          i.results,
          i.themes,
          i.cpvCode,
          i.contactName,
          i.contactEmail,
          published?.toISOString() ?? null,
        ],
      );
      for (const comment of c.comments ?? []) {
        await tx.query(
          `INSERT INTO case_comments (case_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)`,
          [
            row.id,
            named[comment.author],
            comment.body,
            new Date(Date.now() - comment.daysAgo * DAY).toISOString(),
          ],
        );
      }
    }
  }

  private async insertParticipants(tx: EntityManager, hash: string, orgIds: string[]): Promise<string[]> {
    const people = FIRST_NAMES.slice(0, 30).map((first, i) => ({
      fullName: `${first} ${LAST_NAMES[i]}`,
      email: `${ascii(first)}.${ascii(LAST_NAMES[i])}@demo.keino.example`,
      org: orgIds[i % orgIds.length],
    }));
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO users (email, password_hash, full_name, locale, roles, organization_id)
       SELECT e, $4, n, 'fi', '{participant}', o FROM unnest($1::text[], $2::text[], $3::uuid[]) WITH ORDINALITY AS x(e, n, o, i)
       ORDER BY i
       ON CONFLICT DO NOTHING RETURNING id`,
      [people.map((p) => p.email), people.map((p) => p.fullName), people.map((p) => p.org), hash],
    );
    return rows.map((r) => r.id);
  }

  private async insertCourseDraft(tx: EntityManager, trainers: string[]): Promise<string> {
    const [course] = await tx.query(
      `INSERT INTO courses (title, summary, language, created_by) VALUES ($1, $2, 'fi', $3) RETURNING id`,
      [DEMO_COURSE.title, DEMO_COURSE.summary, trainers[0]],
    );
    await tx.query(`INSERT INTO course_trainers (course_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      course.id,
      trainers,
    ]);
    for (const [m, mod] of DEMO_MODULES.entries()) {
      const [row] = await tx.query(
        `INSERT INTO course_modules (course_id, title, summary, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [course.id, mod.title, mod.summary, m],
      );
      for (const [a, act] of mod.activities.entries()) {
        // Workshops are timed for the running cohort, whose module m opens 30·m days after it starts (90 days ago).
        const startsAt =
          act.startsAfterDays === undefined
            ? null
            : new Date(Date.now() + (-90 + 30 * m + act.startsAfterDays) * DAY).toISOString().slice(0, 10) +
              'T07:00:00Z';
        await tx.query(
          `INSERT INTO activities (module_id, kind, title, required, content, url, starts_at, location, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            row.id,
            act.kind,
            act.title,
            act.required,
            act.content ?? '',
            act.url ?? null,
            startsAt,
            act.location ?? null,
            a,
          ],
        );
      }
    }
    return course.id;
  }

  private async insertCohorts(
    tx: EntityManager,
    courseId: string,
    trainers: string[],
    people: { manager: string; coordinator: string; generated: string[] },
  ): Promise<void> {
    const [version] = await tx.query(`SELECT id FROM course_versions WHERE course_id = $1 AND version = 1`, [
      courseId,
    ]);
    const cohort = async (
      name: string,
      start: number,
      end: number,
      closes: number,
      capacity: number,
      cohortTrainers: string[],
    ) => {
      const [row] = await tx.query(
        `INSERT INTO cohorts (course_id, course_version_id, name, starts_on, ends_on, capacity, approval_required, enrollment_closes_at)
         VALUES ($1, $2, $3, $4, $5, $6, true, $7) RETURNING id`,
        [
          courseId,
          version.id,
          name,
          dayOffset(start),
          dayOffset(end),
          capacity,
          `${dayOffset(closes)}T21:00:00Z`,
        ],
      );
      await tx.query(`INSERT INTO cohort_trainers (cohort_id, user_id) SELECT $1, unnest($2::uuid[])`, [
        row.id,
        cohortTrainers,
      ]);
      // Module m opens 30·m days after the start.
      await tx.query(
        `INSERT INTO module_releases (cohort_id, module_id, releases_on)
         SELECT $1, module_id, $3::date + 30 * position FROM version_modules WHERE version_id = $2`,
        [row.id, version.id, dayOffset(start)],
      );
      // The course's workshop times are the running cohort's (it started 90 days ago); the others meet as much
      // earlier or later as they start.
      if (start !== -90) {
        await tx.query(
          `INSERT INTO cohort_workshops (cohort_id, activity_id, starts_at)
           SELECT $1, activity_id, starts_at + make_interval(days => $3)
           FROM version_activities WHERE version_id = $2 AND kind = 'workshop' AND starts_at IS NOT NULL`,
          [row.id, version.id, start + 90],
        );
      }
      return row.id as string;
    };
    const finished = await cohort('KEINO-akatemia 2025–2026', -450, -210, -460, 25, trainers);
    const running = await cohort('KEINO-akatemia 2026–2027', -90, 120, -95, 30, trainers);
    const open = await cohort('KEINO-akatemia 2027, kevät', 60, 240, 45, 24, [trainers[0]]);

    const g = people.generated;
    const enrol = (cohortId: string, userIds: string[], status: string) =>
      tx.query(
        `INSERT INTO enrollments (cohort_id, user_id, status, queued_at, created_at)
         SELECT $1, u, $3, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, i)`,
        [cohortId, userIds, status],
      );
    await enrol(running, [people.manager, people.coordinator, ...g.slice(0, 20)], 'active');
    await enrol(running, [g[20]], 'withdrawn');
    // The demo manager finished the previous cohort, so their certificate shows.
    await enrol(finished, [people.manager, ...g.slice(22, 29)], 'active');
    await enrol(open, g.slice(20, 22), 'active');
    await enrol(open, g.slice(10, 13), 'pending');

    // Finished cohort: all but the last two did everything. Running: varied progress through the released modules;
    // the manager of the demo (the first) has a few released activities still to do.
    await this.completeActivities(tx, finished, version.id, (i, n) => (i < 6 ? n : Math.floor(n / 2)), -215);
    await this.completeActivities(
      tx,
      running,
      version.id,
      (i, n) => [n - 3, n - 1, n, 2, n, 5, 1, n - 2, 0, 4][i % 10],
      -5,
    );
    await this.answerAssessments(tx, version.id, [finished, running]);
    await tx.query(
      `UPDATE cohorts c SET seats_taken = (SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id AND e.status IN ('active', 'completed'))
       WHERE c.id = ANY($1::uuid[])`,
      [[finished, running, open]],
    );
  }

  /**
   * The demo manager's notifications of the running cohort, unread: their enrolment was approved (before the start),
   * and its latest module opened. The keys are the ones the reminders would use, so the daily scan adds no second one; the emails wait in
   * the outbox (no mail server in the demo).
   */
  private async insertNotifications(tx: EntityManager, userId: string): Promise<void> {
    const rows: {
      id: string;
      kind: 'enrollment_approved' | 'module_released';
      payload: { cohortId: string; cohortName: string; courseTitle: string };
      created_at: Date;
      email: string;
      full_name: string;
    }[] = await tx.query(
      `WITH e AS (
         SELECT e.id, e.user_id, e.queued_at, c.id AS cohort_id, c.name, v.title, c.course_version_id, c.starts_on
         FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN course_versions v ON v.id = c.course_version_id
         WHERE e.user_id = $1 AND e.status = 'active'
       ),
       m AS (
         SELECT mr.module_id, mr.releases_on, vm.title
         FROM e JOIN module_releases mr ON mr.cohort_id = e.cohort_id
         JOIN version_modules vm ON vm.version_id = e.course_version_id AND vm.module_id = mr.module_id
         WHERE mr.releases_on <= current_date ORDER BY mr.releases_on DESC LIMIT 1
       ),
       inserted AS (
         INSERT INTO notifications (user_id, kind, payload, dedupe_key, created_at)
         SELECT e.user_id, 'enrollment_approved',
                jsonb_build_object('cohortId', e.cohort_id, 'enrollmentId', e.id, 'cohortName', e.name, 'courseTitle', e.title),
                concat_ws(':', 'enrollment_approved', e.id, (extract(epoch FROM e.queued_at) * 1000000)::bigint),
                -- Approved a week before the cohort started.
                (e.starts_on - 7)::timestamp + interval '9 hours'
         FROM e
         UNION ALL
         SELECT e.user_id, 'module_released',
                jsonb_build_object('cohortId', e.cohort_id, 'enrollmentId', e.id, 'cohortName', e.name, 'courseTitle', e.title,
                                   'moduleTitle', m.title, 'date', m.releases_on::text),
                concat_ws(':', 'module_released', e.cohort_id, m.module_id, m.releases_on, e.user_id),
                least(now(), m.releases_on + interval '4 hours')
         FROM e, m
         RETURNING id, user_id, kind, payload, created_at
       )
       SELECT i.id, i.kind, i.payload, i.created_at, u.email, u.full_name
       FROM inserted i JOIN users u ON u.id = i.user_id`,
      [userId],
    );
    for (const row of rows) {
      const text = renderEmail(row.kind, 'fi', row.payload, row.full_name);
      await tx.query(
        `INSERT INTO email_messages (notification_id, user_id, to_address, subject, body, status, created_at)
         VALUES ($1, $2, $3, $4, $5, 'outbox', $6)`,
        [row.id, userId, row.email, text.subject, text.body, row.created_at],
      );
    }
  }

  /**
   * Answers the maturity self-assessment wherever the seeded progress completed an assessment activity (the version's
   * first is the start, the later one the end), on every dimension of the default model: start levels 1–4, end levels
   * mostly a level or two higher, a few the same or one lower. Progress itself is already counted.
   */
  private async answerAssessments(tx: EntityManager, versionId: string, cohortIds: string[]): Promise<void> {
    await tx.query(
      `WITH phases AS (
         SELECT va.activity_id, CASE WHEN va.ordinal = min(va.ordinal) OVER () THEN 'start' ELSE 'end' END AS phase
         FROM version_activities va WHERE va.version_id = $1 AND va.kind = 'assessment'
       ), done AS (
         SELECT p.enrollment_id, p.activity_id, ph.phase, p.completed_at,
                dense_rank() OVER (ORDER BY e.cohort_id, e.queued_at DESC, e.id)::int AS i
         FROM progress p
         JOIN phases ph ON ph.activity_id = p.activity_id
         JOIN enrollments e ON e.id = p.enrollment_id
         WHERE e.cohort_id = ANY($2::uuid[]) AND p.state = 'completed'
       )
       INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level, answered_at, updated_at)
       SELECT d.enrollment_id, d.phase, m.id, d.activity_id,
              CASE WHEN d.phase = 'start' THEN x.start_level
                   ELSE least(5, greatest(1, x.start_level + x.change)) END,
              d.completed_at, d.completed_at
       FROM done d
       CROSS JOIN maturity_dimensions m
       CROSS JOIN LATERAL (
         -- Organisations start higher in strategy and competence than in innovation and data.
         SELECT 1 + (d.i * 7 + m.position * 5) % 3 + (ARRAY[1, 0, 0, 0, 1])[1 + m.position % 5] AS start_level,
                (ARRAY[1, 0, 1, 2, 1, -1, 1, 2])[1 + (d.i * 5 + m.position * 3) % 8] AS change
       ) x
       WHERE m.archived_at IS NULL`,
      [versionId, cohortIds],
    );
  }

  /**
   * The running cohort's development assignment: Tampere's team has submitted version 1 (text, a PDF and a comment)
   * and awaits the trainers' review; Espoo's team has a draft. Nobody's progress changes: approval is the trainers'.
   */
  private async insertAssignments(
    tx: EntityManager,
    orgs: Record<string, string>,
    people: { manager: string; coordinator: string; generated: string[] },
  ): Promise<void> {
    const [task] = (await tx.query(
      `SELECT c.id AS cohort_id, va.activity_id
         FROM cohorts c JOIN version_activities va ON va.version_id = c.course_version_id AND va.kind = 'assignment'
        WHERE c.name = 'KEINO-akatemia 2026–2027'`,
    )) as { cohort_id: string; activity_id: string }[];
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
    const [submitted] = await tx.query(
      `INSERT INTO assignment_submissions
         (cohort_id, organization_id, activity_id, status, body, version, created_at, updated_at, updated_by, submitted_at)
       VALUES ($1, $2, $3, 'submitted', $4, 1, $5, $6, $7, $6) RETURNING id`,
      [
        task.cohort_id,
        orgs['tampere'],
        task.activity_id,
        DEMO_ASSIGNMENT.body,
        at(12),
        at(2),
        people.manager,
      ],
    );
    const pdf = simplePdf(DEMO_ASSIGNMENT.pdfTitle, DEMO_ASSIGNMENT.pdfLines);
    const attachmentId = randomUUID();
    const dir = join(this.config.dataDir, 'attachments');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, attachmentId), pdf, { mode: 0o600 });
    await tx.query(
      `INSERT INTO assignment_attachments (id, submission_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
       VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7)`,
      [
        attachmentId,
        submitted.id,
        DEMO_ASSIGNMENT.fileName,
        pdf.length,
        createHash('sha256').update(pdf).digest('hex'),
        people.coordinator,
        at(3),
      ],
    );
    await tx.query(
      `INSERT INTO assignment_versions (submission_id, version, body, attachments, submitted_by, submitted_at)
       VALUES ($1, 1, $2, $3, $4, $5)`,
      [
        submitted.id,
        DEMO_ASSIGNMENT.body,
        JSON.stringify([
          {
            id: attachmentId,
            fileName: DEMO_ASSIGNMENT.fileName,
            mediaType: 'application/pdf',
            size: pdf.length,
          },
        ]),
        people.manager,
        at(2),
      ],
    );
    await tx.query(
      `INSERT INTO assignment_comments (submission_id, author_id, body, version, created_at) VALUES ($1, $2, $3, 1, $4)`,
      [submitted.id, people.coordinator, DEMO_ASSIGNMENT.comment, at(2)],
    );
    // Espoo's team (the second of every eight generated participants) has started.
    await tx.query(
      `INSERT INTO assignment_submissions (cohort_id, organization_id, activity_id, status, body, created_at, updated_at, updated_by)
       VALUES ($1, $2, $3, 'draft', $4, $5, $5, $6)`,
      [task.cohort_id, orgs['espoo'], task.activity_id, DEMO_ASSIGNMENT.draft, at(4), people.generated[1]],
    );
  }

  /**
   * Marks done, for the i-th participant of the cohort, the first `count(i, n)` of the n activities released so far,
   * then brings the enrolments' counters and completions in line.
   */
  private async completeActivities(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    count: (i: number, n: number) => number,
    daysAgo: number,
  ): Promise<void> {
    const enrollments: { id: string }[] = await tx.query(
      `SELECT id FROM enrollments WHERE cohort_id = $1 AND status = 'active' ORDER BY queued_at DESC`,
      [cohortId],
    );
    const [{ n }] = await tx.query(
      `SELECT count(*)::int AS n FROM version_activities va JOIN module_releases mr ON mr.cohort_id = $1 AND mr.module_id = va.module_id
       WHERE va.version_id = $2 AND mr.releases_on <= current_date`,
      [cohortId, versionId],
    );
    const counts = enrollments.map((_, i) => Math.max(0, Math.min(n, count(i, n))));
    await tx.query(
      `INSERT INTO progress (enrollment_id, activity_id, state, completed_at)
       SELECT x.e, va.activity_id, 'completed', now() + ($5::int || ' days')::interval - ((x.k - va.ordinal) || ' days')::interval
       FROM unnest($1::uuid[], $2::int[]) AS x(e, k)
       JOIN version_activities va ON va.version_id = $3
       JOIN module_releases mr ON mr.cohort_id = $4 AND mr.module_id = va.module_id AND mr.releases_on <= current_date
       WHERE va.ordinal < x.k`,
      [enrollments.map((e) => e.id), counts, versionId, cohortId, daysAgo],
    );
    await tx.query(RECOUNT_PROGRESS, [cohortId]);
  }
}
