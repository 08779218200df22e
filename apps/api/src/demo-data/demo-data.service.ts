import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrollmentStatus, ModuleResponse } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AccountsService } from '../accounts/accounts.service';
import { InvitationsService } from '../accounts/memberships/invitations.service';
import { MembershipRequestsService } from '../accounts/memberships/membership-requests.service';
import { AssessmentsService } from '../assessments/assessments.service';
import { AssignmentAttachmentsService } from '../assignments/assignment-attachments.service';
import { AssignmentManagementReviewsService } from '../assignments/assignment-management-reviews.service';
import { AssignmentSubmissionsService } from '../assignments/assignment-submissions.service';
import { ApplicationsService } from '../calls/applications.service';
import { CallsService } from '../calls/calls.service';
import { SelectionService } from '../calls/selection.service';
import { CasesService } from '../cases/cases.service';
import { CertificatesService } from '../certificates/certificates.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CoursesService } from '../courses/courses.service';
import { DeveloperGroupsService } from '../developer-groups/developer-groups.service';
import { DiscussionService } from '../developer-groups/discussion.service';
import { DocumentsService } from '../developer-groups/documents.service';
import { EventsService } from '../developer-groups/events.service';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { GroupsService } from '../groups/groups.service';
import { MeetingsService } from '../groups/meetings.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ListOrganizationsQuery } from '../organizations/dto/list-organizations.query';
import { EmailDomainsService } from '../organizations/email-domains.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ProcurementsService } from '../procurements/procurements.service';
import { ProgressService } from '../progress/progress.service';
import { seedDemoProcurements } from './demo-procurements';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_ASSIGNMENT } from './demo-assignment';
import { seedCall } from './demo-calls';
import { DEMO_CASES, DEMO_COURSE } from './demo-content';
import { DemoGroupServices, seedGroups } from './demo-groups';
import { seedMemberships } from './demo-memberships';
import { type DeveloperGroupSeeding, seedDeveloperGroups } from './demo-developer-groups';
import { demoCourseDraft, demoOrganizations, demoParticipants } from './demo-course';
import {
  answersFor,
  completionsOf,
  DAY,
  dayOffset,
  followUpAnswersFor,
  versionActivities,
  type QueuePlace,
} from './demo-history';
import { simplePdf } from './demo-pdf';
import { DEMO_COHORTS, type CohortPlan, type DemoCohort, type DemoPeople } from './demo-plan';

const MINUTE = 60_000;

/**
 * DEMO_DATA=true on an empty database: organisations, people in every role, the academy's course and three
 * cohorts (finished, running with varied progress, open for enrolment). Dates are relative to today so the demo
 * always shows a running cohort. Everything is written through the owning modules' services: their use cases where
 * they express it, their seeding contracts (back-dated history, bulk rows) where they do not.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly courses: CoursesService,
    private readonly cohorts: CohortsService,
    private readonly enrollments: EnrollmentsService,
    private readonly progress: ProgressService,
    private readonly assessments: AssessmentsService,
    private readonly cases: CasesService,
    private readonly procurements: ProcurementsService,
    private readonly notifications: NotificationsService,
    private readonly submissions: AssignmentSubmissionsService,
    private readonly attachments: AssignmentAttachmentsService,
    private readonly certificates: CertificatesService,
    private readonly domains: EmailDomainsService,
    private readonly invitations: InvitationsService,
    private readonly requests: MembershipRequestsService,
    groups: GroupsService,
    meetings: MeetingsService,
    managementReviews: AssignmentManagementReviewsService,
    developerGroups: DeveloperGroupsService,
    discussion: DiscussionService,
    documents: DocumentsService,
    events: EventsService,
    private readonly calls: CallsService,
    private readonly applications: ApplicationsService,
    private readonly selection: SelectionService,
  ) {
    this.groupServices = { groups, meetings, submissions: this.submissions, managementReviews };
    this.developerGroups = { groups: developerGroups, discussion, documents, events };
  }

  private readonly groupServices: DemoGroupServices;

  /** The developer groups' seeding contracts (demo-developer-groups.ts). */
  private readonly developerGroups: DeveloperGroupSeeding;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const existing = await this.organizations.list(Object.assign(new ListOrganizationsQuery(), { limit: 1 }));
    if (existing.total > 0) return;
    await this.seed();
    // The finished cohort's completions were imported as history, without the completion event.
    await this.certificates.issueMissing();
  }

  async seed(): Promise<void> {
    const now = Date.now();
    const orgs: Record<string, string> = {};
    for (const o of demoOrganizations()) orgs[o.key] = (await this.organizations.create(o.input)).id;
    const people = await this.createPeople(orgs);
    const { accounts, domains, invitations, requests } = this;
    await seedMemberships({ accounts, domains, invitations, requests }, orgs, people);
    await this.createCases(orgs, people, now);
    await seedDemoProcurements(this.procurements, orgs, now);
    await seedDeveloperGroups(this.developerGroups, orgs, people, now);
    const courseId = await this.courses.seedDraft(demoCourseDraft(people.trainers, now));
    await this.courses.publish({ id: people.trainers[0], roles: ['admin'] }, courseId);
    const version = await this.courses.latestVersion(courseId);
    if (!version) throw new Error('The demo course was not published');
    const modules = await this.courses.versionModules(version.id);
    const [finished, running, open] = [
      await this.createCohort(courseId, modules, DEMO_COHORTS.finished, people.trainers),
      await this.createCohort(courseId, modules, DEMO_COHORTS.running, people.trainers),
      await this.createCohort(courseId, modules, DEMO_COHORTS.open, people.trainers.slice(0, 1)),
    ];
    const managerInRunning = await this.enrolWithHistory(modules, { finished, running, open }, people, now);
    await this.createNotifications(modules, running, people, managerInRunning, now);
    await this.createAssignments(modules, running, orgs, people, now);
    await seedGroups(this.groupServices, running.cohort.id, orgs, people.byEmail, people.manager, now);
    const { calls, applications, selection } = this;
    await seedCall({ calls, applications, selection }, open.cohort.id, orgs, people, now);
    this.logger.log(
      `Demo data created: 8 organisations, 41 people, 1 course, 3 cohorts, ${DEMO_CASES.length} procurement cases, 1 call with 7 applications`,
    );
  }

  /** The named accounts and the generated participants, in one call: the password is hashed once. */
  private async createPeople(orgs: Record<string, string>): Promise<DemoPeople> {
    const named = DEMO_ACCOUNTS.map((a) => ({
      ...a,
      organizationId: a.organization ? orgs[a.organization] : null,
    }));
    const ids = await this.accounts.seedAccounts(DEMO_PASSWORD, [
      ...named,
      ...demoParticipants(Object.values(orgs)),
    ]);
    const byEmail = Object.fromEntries(DEMO_ACCOUNTS.map((a, i) => [a.email, ids[i]]));
    return {
      byEmail,
      manager: byEmail['manager@keino.example'],
      coordinator: byEmail['coordinator@keino.example'],
      trainers: [byEmail['trainer@keino.example'], byEmail['trainer2@keino.example']],
      generated: ids.slice(named.length),
    };
  }

  /** The case library: published cases of several organisations with a few comments, and one draft of Tampere. */
  private async createCases(orgs: Record<string, string>, people: DemoPeople, now: number): Promise<void> {
    for (const c of DEMO_CASES) {
      await this.cases.importCase({
        organizationId: orgs[c.organization],
        authorId: c.author ? people.byEmail[c.author] : null,
        status: c.status,
        input: c.input,
        publishedAt: c.status === 'published' ? new Date(now - (c.publishedDaysAgo ?? 0) * DAY) : null,
        comments: (c.comments ?? []).map((comment) => ({
          authorId: people.byEmail[comment.author],
          body: comment.body,
          createdAt: new Date(now - comment.daysAgo * DAY),
        })),
      });
    }
  }

  /**
   * A cohort whose module m opens 30·m days after its start. The course's workshop times are the running cohort's
   * (it started 90 days ago); the others meet as much earlier or later as they start.
   */
  private async createCohort(
    courseId: string,
    modules: ModuleResponse[],
    { name, start, end, closes, capacity }: CohortPlan,
    trainerIds: string[],
  ): Promise<DemoCohort> {
    const shift = (start + 90) * DAY;
    const workshops = modules
      .flatMap((m) => m.activities)
      .filter((a) => a.kind === 'workshop' && a.startsAt !== null)
      .map((a) => ({
        activityId: a.id,
        startsAt: new Date(Date.parse(a.startsAt ?? '') + shift).toISOString(),
      }));
    const cohort = await this.cohorts.create({
      courseId,
      name,
      startsOn: dayOffset(start),
      endsOn: dayOffset(end),
      capacity,
      approvalRequired: true,
      enrollmentClosesAt: `${dayOffset(closes)}T21:00:00Z`,
      trainerIds,
      moduleReleases: modules.map((m) => ({
        moduleId: m.id,
        releasesOn: dayOffset(start + 30 * m.position),
      })),
      workshops: start === DEMO_COHORTS.running.start ? [] : workshops,
    });
    return { start, cohort };
  }

  /**
   * Enrolments (latest queued first), their seats, and the progress so far: the finished cohort's all but the last
   * two did everything; the running one's progress varies through the released modules, the demo manager (the first)
   * having a few released activities still to do. Self-assessments are answered wherever progress completed them.
   * Answers the demo manager's enrolment in the running cohort.
   */
  private async enrolWithHistory(
    modules: ModuleResponse[],
    { finished, running, open }: Record<'finished' | 'running' | 'open', DemoCohort>,
    people: DemoPeople,
    now: number,
  ): Promise<{ id: string; queuedAt: Date }> {
    const g = people.generated;
    const groups: [DemoCohort, string[], EnrollmentStatus][] = [
      [running, [people.manager, people.coordinator, ...g.slice(0, 20)], 'active'],
      [running, [g[20]], 'withdrawn'],
      // The demo manager finished the previous cohort, so their certificate shows.
      [finished, [people.manager, ...g.slice(22, 29)], 'active'],
      [open, g.slice(20, 22), 'active'],
      [open, g.slice(10, 13), 'pending'],
    ];
    const rows = groups.flatMap(([c, userIds, status]) =>
      userIds.map((userId, i) => ({
        cohortId: c.cohort.id,
        userId,
        status,
        queuedAt: new Date(now - (i + 1) * MINUTE),
      })),
    );
    const dimensions = (await this.assessments.model()).dimensions;
    const outline = {
      modules: modules.length,
      totalRequired: modules.flatMap((m) => m.activities).filter((a) => a.required).length,
    };
    return this.db.transaction(async (tx) => {
      const ids = await this.enrollments.seedEnrollments(tx, rows);
      const activeOf = (c: DemoCohort) =>
        rows.flatMap((r, i) => (r.cohortId === c.cohort.id && r.status === 'active' ? [ids[i]] : []));
      for (const c of [finished, running, open]) {
        await this.cohorts.seedSeatsTaken(tx, c.cohort.id, activeOf(c).length);
      }
      const history = [
        ...completionsOf(
          activeOf(finished),
          versionActivities(modules, finished.start, now),
          (i, n) => (i < 6 ? n : Math.floor(n / 2)),
          -350,
          now,
        ),
        ...completionsOf(
          activeOf(running),
          versionActivities(modules, running.start, now),
          (i, n) => [n - 3, n - 1, n, 2, n, 5, 1, n - 2, 0, 4][i % 10],
          -5,
          now,
        ),
      ];
      await this.progress.importHistory(tx, history);
      await this.enrollments.importCompletions(tx, outline, history);
      const placeOf = new Map<string, QueuePlace>();
      for (const c of [finished, running]) {
        activeOf(c).forEach((id, place) => placeOf.set(id, { cohortId: c.cohort.id, place }));
      }
      const activities = versionActivities(modules, 0, now);
      const answers = answersFor(history, activities, dimensions, placeOf);
      await this.assessments.importAnswers(tx, [
        ...answers,
        ...followUpAnswersFor(answers, activeOf(finished), now),
      ]);
      return { id: ids[0], queuedAt: rows[0].queuedAt };
    });
  }

  /**
   * The demo manager's notifications of the running cohort, unread: their enrolment was approved (a week before the
   * start, 09:00), and its latest module opened. The keys are the ones the reminders would use, so the daily scan
   * adds no second one; the emails wait in the outbox (no mail server in the demo).
   */
  private async createNotifications(
    modules: ModuleResponse[],
    running: DemoCohort,
    people: DemoPeople,
    enrollment: { id: string; queuedAt: Date },
    now: number,
  ): Promise<void> {
    const account = DEMO_ACCOUNTS.find((a) => a.email === 'manager@keino.example');
    if (!account) throw new Error('The demo manager is missing from the demo accounts');
    const recipient = { email: account.email, fullName: account.fullName, locale: 'fi' as const };
    const cohort = running.cohort;
    const about = {
      cohortId: cohort.id,
      enrollmentId: enrollment.id,
      cohortName: cohort.name,
      courseTitle: DEMO_COURSE.title,
    };
    const today = dayOffset(0, now);
    const latest = modules
      .map((m) => ({ m, date: dayOffset(running.start + 30 * m.position, now) }))
      .filter((r) => r.date <= today)
      .at(-1);
    const approved = {
      userId: people.manager,
      kind: 'enrollment_approved' as const,
      payload: about,
      dedupeKey: `enrollment_approved:${enrollment.id}:${enrollment.queuedAt.getTime() * 1000}`,
      createdAt: new Date(`${dayOffset(running.start - 7, now)}T09:00:00Z`),
      recipient,
    };
    const released = latest && {
      userId: people.manager,
      kind: 'module_released' as const,
      payload: { ...about, moduleTitle: latest.m.title, date: latest.date },
      dedupeKey: `module_released:${cohort.id}:${latest.m.id}:${latest.date}:${people.manager}`,
      createdAt: new Date(Math.min(now, Date.parse(`${latest.date}T04:00:00Z`))),
      recipient,
    };
    await this.notifications.importHistory(released ? [approved, released] : [approved]);
  }

  /**
   * The running cohort's development assignment: Tampere's team has submitted version 1 (text, a PDF and a comment)
   * and awaits the trainers' review; Espoo's team has a draft. Nobody's progress changes: approval is the trainers'.
   */
  private async createAssignments(
    modules: ModuleResponse[],
    running: DemoCohort,
    orgs: Record<string, string>,
    people: DemoPeople,
    now: number,
  ): Promise<void> {
    const task = modules.flatMap((m) => m.activities).find((a) => a.kind === 'assignment');
    if (!task) throw new Error('The demo course has no assignment');
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
    const pdf = simplePdf(DEMO_ASSIGNMENT.pdfTitle, DEMO_ASSIGNMENT.pdfLines);
    const stored = await this.attachments.storeFile(pdf);
    const team = { cohortId: running.cohort.id, activityId: task.id };
    await this.submissions.importSubmissions([
      {
        ...team,
        organizationId: orgs['tampere'],
        body: DEMO_ASSIGNMENT.body,
        createdAt: at(12),
        updatedAt: at(2),
        updatedBy: people.manager,
        files: [
          {
            ...stored,
            fileName: DEMO_ASSIGNMENT.fileName,
            mediaType: 'application/pdf',
            uploadedBy: people.coordinator,
            uploadedAt: at(3),
          },
        ],
        comments: [{ authorId: people.coordinator, body: DEMO_ASSIGNMENT.comment, createdAt: at(2) }],
        submitted: { by: people.manager, at: at(2) },
      },
      // Espoo's team (the second of every eight generated participants) has started.
      {
        ...team,
        organizationId: orgs['espoo'],
        body: DEMO_ASSIGNMENT.draft,
        createdAt: at(4),
        updatedAt: at(4),
        updatedBy: people.generated[1],
        files: [],
        comments: [],
      },
    ]);
  }
}
