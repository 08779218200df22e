import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { NotificationKind, ReminderRunResponse } from '@keino/contracts';
import { Queue, Worker, type Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';

import { ASSIGNMENT_REVIEWED, AssignmentReviewedEvent } from '../assignments/assignment.events';
import { MEMBERSHIP_REQUESTED, MembershipRequestedEvent } from '../accounts/memberships/membership.events';
import { APPLICATION_DECIDED, ApplicationDecidedEvent } from '../calls/call.events';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ENROLLMENT_STATUS_CHANGED, EnrollmentStatusChangedEvent } from '../enrollments/enrollment.events';
import { MAX_ATTEMPTS, MailService } from './mail.service';
import { Delivered, helsinkiToday, NotificationsService } from './notifications.service';
import {
  applicationDecidedCandidates,
  assignmentReviewCandidates,
  CandidateSelect,
  enrollmentChangeCandidates,
  membershipRequestCandidates,
} from './repositories/reminder-candidates';

export const QUEUE_NAME = 'reminders';
/** 06:00 Finnish time every day; one scheduler across every instance sharing the Redis. */
export const DAILY_PATTERN = '0 6 * * *';
const HOUR = 60 * 60 * 1000;
// The first in-process check waits for the start (demo data, other modules' start-up work) to settle.
const FIRST_CHECK_MS = 5_000;

type JobData = { day?: string } | { emailId: string };

/** Which notification an enrolment's change of status brings, if any. */
export function enrollmentNotificationKind(from: string | null, to: string): NotificationKind | null {
  if (to === 'waitlisted') return 'enrollment_waitlisted';
  if (to === 'active' && from === 'pending') return 'enrollment_approved';
  if (to === 'active' && from === 'waitlisted') return 'enrollment_promoted';
  return null;
}

/**
 * When reminders go out. With REDIS_URL: a BullMQ queue holds one daily job scheduler shared by every instance
 * (06:00 Europe/Helsinki), a catch-up scan per day at start (one job id per day), and each email as a job with
 * retries. Without Redis: an in-process check at start and every hour runs the day's scan once per process, and
 * emails are sent at once (the hourly check retries those that failed). Either way the dedupe keys decide: a scan
 * or an event that runs twice creates nothing the second time.
 */
@Injectable()
export class ReminderJobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderJobsService.name);
  private queue?: Queue<JobData>;
  private worker?: Worker<JobData>;
  private timer?: NodeJS.Timeout;
  private lastScanDay?: string;
  private closing = false;
  /** Work started outside a request (events, timers), awaited before the database closes. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) {
      const connection = { url: this.config.redisUrl, maxRetriesPerRequest: null };
      const prefix = this.config.redisPrefix;
      this.queue = new Queue<JobData>(QUEUE_NAME, { connection, prefix });
      this.worker = new Worker<JobData>(QUEUE_NAME, (job) => this.process(job), {
        connection,
        prefix,
        concurrency: 4,
      });
      this.worker.on('error', (error) => this.logger.warn(`Reminder worker: ${error.message}`));
      // In the background: a Redis that is down delays the reminders, never the start of the API.
      if (!this.config.remindersSchedule) return;
      void this.track(
        this.scheduleDaily(this.queue).catch((error: unknown) =>
          this.logger.error(`Reminders not scheduled: ${error instanceof Error ? error.message : error}`),
        ),
      );
    } else if (this.config.remindersSchedule) {
      this.timer = setTimeout(() => this.hourly(), FIRST_CHECK_MS);
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    // What started here finishes first (it may still add jobs); the worker then finishes its active jobs.
    await Promise.allSettled([...this.inFlight]);
    await this.worker?.close();
    await this.queue?.close();
  }

  /**
   * The reminder queue's jobs by state, for the metrics; undefined without Redis. A Redis that does not answer within
   * a second gives undefined too: a scrape never hangs on it.
   */
  async jobCounts(): Promise<{ queue: string; counts: Record<string, number> } | undefined> {
    if (!this.queue) return undefined;
    const stop = new AbortController();
    const late = sleep(1000, undefined, { signal: stop.signal }).catch(() => undefined);
    const counts = this.queue
      .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed')
      .catch(() => undefined);
    const found = await Promise.race([counts, late]).finally(() => stop.abort());
    return found ? { queue: QUEUE_NAME, counts: found } : undefined;
  }

  /** One scheduler for every instance (the id is shared), and today's scan once (one job id per day). */
  private async scheduleDaily(queue: Queue<JobData>): Promise<void> {
    const kept = { removeOnComplete: 100, removeOnFail: 100 };
    await queue.upsertJobScheduler(
      'daily-reminders',
      { pattern: DAILY_PATTERN, tz: 'Europe/Helsinki' },
      { name: 'scan', data: {}, opts: kept },
    );
    const day = helsinkiToday();
    await queue.add('scan', { day }, { jobId: `scan-${day}`, ...kept });
  }

  /** Runs the day's scan now and hands the new emails to the mail server. */
  async runScan(day = helsinkiToday()): Promise<ReminderRunResponse> {
    const { created, emailIds } = await this.notifications.scan(day);
    // Also whatever an earlier run left queued (a crash, a mail server that was down).
    const retry = this.config.smtpUrl ? await this.notifications.queuedEmailIds() : [];
    const fresh = new Set(emailIds);
    await this.dispatch(emailIds);
    await this.dispatch(
      retry.filter((id) => !fresh.has(id)),
      true,
    );
    return { day, created };
  }

  @OnEvent(ENROLLMENT_STATUS_CHANGED)
  onEnrollmentStatusChanged(event: EnrollmentStatusChangedEvent): Promise<void> {
    const kind = enrollmentNotificationKind(event.from, event.to);
    if (!kind) return Promise.resolve();
    return this.track(this.deliverNow(enrollmentChangeCandidates(event.enrollmentId, kind)));
  }

  @OnEvent(ASSIGNMENT_REVIEWED)
  onAssignmentReviewed(event: AssignmentReviewedEvent): Promise<void> {
    const kind: NotificationKind =
      event.decision === 'approved' ? 'assignment_approved' : 'revision_requested';
    return this.track(
      this.deliverNow(
        assignmentReviewCandidates({
          cohortId: event.cohortId,
          memberUserIds: event.memberUserIds,
          activityId: event.activityId,
          kind,
          submissionId: event.submissionId,
          version: event.version,
        }),
      ),
    );
  }

  @OnEvent(APPLICATION_DECIDED)
  onApplicationDecided(event: ApplicationDecidedEvent): Promise<void> {
    return this.track(this.deliverNow(applicationDecidedCandidates(event)));
  }

  @OnEvent(MEMBERSHIP_REQUESTED)
  onMembershipRequested(event: MembershipRequestedEvent): Promise<void> {
    return this.track(this.deliverNow(membershipRequestCandidates(event)));
  }

  /** Hands emails queued by `NotificationsService.queueEmails` to the mail server, after their transaction commits. */
  sendEmails(emailIds: string[]): Promise<void> {
    return this.dispatch(emailIds);
  }

  // Events arrive after the change committed; a failure here must not reach the caller, only the log.
  private async deliverNow(candidates: CandidateSelect): Promise<void> {
    try {
      const delivered: Delivered = await this.notifications.deliver(candidates);
      await this.dispatch(delivered.emailIds);
    } catch (error) {
      this.logger.error(`Notification not created: ${error instanceof Error ? error.message : error}`);
    }
  }

  /**
   * Sends, or queues a job per email. A retry gets a job id of its own each hour: BullMQ keeps finished jobs and would
   * ignore the same id again, leaving a message whose earlier job was cut short unsent. The claim on the row keeps any
   * message from going out twice.
   */
  private async dispatch(emailIds: string[], retry = false): Promise<void> {
    if (!this.config.smtpUrl || emailIds.length === 0) return;
    if (this.queue) {
      await this.queue.addBulk(
        emailIds.map((emailId) => ({
          name: 'send',
          data: { emailId },
          opts: {
            jobId: retry ? `email-${emailId}-retry-${Math.floor(Date.now() / HOUR)}` : `email-${emailId}`,
            attempts: MAX_ATTEMPTS,
            backoff: { type: 'exponential', delay: 30_000 },
            removeOnComplete: 1000,
            removeOnFail: 1000,
          },
        })),
      );
      return;
    }
    // In the background, so a run with many messages answers at once; a failure is recorded on the message and the
    // hourly check tries it again.
    void this.track(this.sendEach(emailIds));
  }

  private async sendEach(emailIds: string[]): Promise<void> {
    for (const id of emailIds) await this.mail.send(id).catch(() => undefined);
  }

  private async process(job: Job<JobData>): Promise<unknown> {
    if ('emailId' in job.data) return this.mail.send(job.data.emailId);
    return this.runScan(job.data.day ?? helsinkiToday());
  }

  private hourly(): void {
    if (this.closing) return;
    const day = helsinkiToday();
    const work = day === this.lastScanDay ? this.runRetries() : this.runScan(day).then(() => undefined);
    void this.track(
      work
        .then(() => {
          this.lastScanDay = day;
        })
        .catch((error: unknown) =>
          this.logger.error(`Reminder scan failed: ${error instanceof Error ? error.message : error}`),
        )
        .finally(() => {
          if (this.closing) return;
          this.timer = setTimeout(() => this.hourly(), HOUR);
          this.timer.unref();
        }),
    );
  }

  private async runRetries(): Promise<void> {
    if (this.config.smtpUrl) await this.dispatch(await this.notifications.queuedEmailIds(), true);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}
