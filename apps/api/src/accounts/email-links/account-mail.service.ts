import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import { ReminderJobsService } from '../../notifications/reminder-jobs.service';
import { type AccountEmailKind, linkTo, renderAccountEmail } from './account-emails';

/** Where each kind of link leads in the web app. */
const PAGES: Record<AccountEmailKind, string> = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
  invitation: 'invitations/accept',
};

export interface LinkEmail {
  kind: AccountEmailKind;
  token: string;
  /** The person, when the address has an account. */
  userId: string | null;
  toAddress: string;
  locale: Locale;
  name?: string;
  organizationName?: string;
  inviterName?: string;
}

/**
 * Accounts' emails with a single-use link, through the notifications outbox: written in the transaction that made the
 * link (so a link never exists without its email), handed to the mail server after it commits.
 */
@Injectable()
export class AccountMailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly jobs: ReminderJobsService,
  ) {}

  /** Answers the ids to `send` once `tx` commits. */
  queue(tx: EntityManager, email: LinkEmail): Promise<string[]> {
    const text = renderAccountEmail(email.kind, email.locale, {
      link: linkTo(this.config.publicUrl, PAGES[email.kind], email.token),
      name: email.name,
      organizationName: email.organizationName,
      inviterName: email.inviterName,
    });
    return this.notifications.queueEmails(tx, [
      { userId: email.userId, toAddress: email.toAddress, subject: text.subject, body: text.body },
    ]);
  }

  send(emailIds: string[]): Promise<void> {
    return this.jobs.sendEmails(emailIds);
  }
}
