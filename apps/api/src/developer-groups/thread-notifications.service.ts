import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { helsinkiToday, NotificationsService } from '../notifications/notifications.service';
import { ReminderJobsService } from '../notifications/reminder-jobs.service';
import { DigestRow, DigestsRepository } from './repositories/digests.repository';
import { replyCandidates } from './repositories/thread-notifications.sql';

const HOUR = 60 * 60 * 1000;

const DIGEST_TEXT: Record<Locale, { subject: string; intro: string; line: string; outro: string }> = {
  fi: {
    subject: 'Uusia vastauksia seuraamissasi keskusteluissa',
    intro: 'Hei {name},\n\nseuraamiisi kehittäjäryhmien keskusteluihin on tullut uusia vastauksia:',
    line: '– {title} ({group}): {count} uutta',
    outro: 'Lue ja vastaa KEINO-akatemiassa.',
  },
  sv: {
    subject: 'Nya svar i diskussioner du följer',
    intro: 'Hej {name},\n\ndet har kommit nya svar i utvecklargruppernas diskussioner som du följer:',
    line: '– {title} ({group}): {count} nya',
    outro: 'Läs och svara i KEINO-akademin.',
  },
  en: {
    subject: 'New replies in threads you follow',
    intro: 'Hello {name},\n\nthere are new replies in the developer group threads you follow:',
    line: '– {title} ({group}): {count} new',
    outro: 'Read and reply in KEINO Academy.',
  },
};

const fill = (text: string, facts: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(facts[key] ?? ''));

/** The digest's email for one person, in their language. */
export function renderDigest(row: DigestRow): { subject: string; body: string } {
  const text = DIGEST_TEXT[row.locale] ?? DIGEST_TEXT.fi;
  const lines = row.threads.map((th) =>
    fill(text.line, { title: th.title, group: th.groupName, count: th.replies }),
  );
  return {
    subject: text.subject,
    body: [fill(text.intro, { name: row.full_name }), ...lines, '', text.outro].join('\n'),
  };
}

/** The start of a Finnish day (`YYYY-MM-DD`) as an instant. */
function helsinkiMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(utcMidnight)
    .find((p) => p.type === 'hour')?.value;
  return new Date(utcMidnight.getTime() - Number(offset ?? 0) * HOUR);
}

/**
 * Replies in followed threads: each reply is a notification in the app at once (no email of its own), and once a
 * Finnish day a digest email lists the threads with replies the person has not read. The digest is checked every
 * hour; its claim on the readers' rows makes it once a day per person, whatever the instances and restarts.
 */
@Injectable()
export class ThreadNotificationsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ThreadNotificationsService.name);
  private timer?: NodeJS.Timeout;
  private closing = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly jobs: ReminderJobsService,
    private readonly digests: DigestsRepository,
  ) {}

  onApplicationBootstrap(): void {
    // As the reminders: a process started with REMINDERS_SCHEDULE=false (tests, a worker of its own) leaves it be.
    if (!this.config.remindersSchedule) return;
    const schedule = (ms: number) => {
      if (this.closing) return;
      this.timer = setTimeout(() => void this.track(this.sendDigests().finally(() => schedule(HOUR))), ms);
      this.timer.unref();
    };
    schedule(10_000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  /** After a reply committed: its followers are told in the app. A failure reaches the log, never the author. */
  replied(postId: string): Promise<void> {
    return this.track(
      this.notifications.deliver(replyCandidates(postId), { email: false }).then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(
            `Reply notification not created: ${error instanceof Error ? error.message : error}`,
          ),
      ),
    );
  }

  /** Today's digests (Finnish day) of everyone not yet sent one; answers how many emails were written. */
  async sendDigests(now = new Date()): Promise<number> {
    try {
      const since = helsinkiMidnight(helsinkiToday(now));
      const emailIds = await this.db.transaction(async (tx) => {
        const rows = await this.digests.claim(tx, since, now);
        const ids = await this.notifications.queueEmails(
          tx,
          rows.map((r) => ({ userId: r.user_id, toAddress: r.email, ...renderDigest(r) })),
        );
        return { ids, count: rows.length };
      });
      await this.jobs.sendEmails(emailIds.ids);
      return emailIds.count;
    } catch (error) {
      this.logger.error(`Thread digests not sent: ${error instanceof Error ? error.message : error}`);
      return 0;
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }
}
