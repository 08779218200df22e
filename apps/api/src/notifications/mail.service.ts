import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EmailMessagesRepository } from './repositories/email-messages.repository';

/** Tries per message before it is marked failed. */
export const MAX_ATTEMPTS = 5;
export const MAIL_FROM = 'KEINO Academy <no-reply@keino.example>';

/**
 * Hands queued emails to the SMTP server of SMTP_URL. A sender first claims the row (status `queued`, not claimed in
 * the last ten minutes), so two instances or a retried job never send one message twice while it is being sent.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private transport?: Transporter;

  constructor(
    private readonly emails: EmailMessagesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `sent`, `skipped` (not ours to send now) or an error thrown after recording it, so a queue retries. */
  async send(emailId: string): Promise<'sent' | 'skipped'> {
    if (!this.config.smtpUrl) return 'skipped';
    const claimed = await this.emails.claim(emailId);
    if (!claimed) return 'skipped';
    try {
      this.transport ??= createTransport(this.config.smtpUrl);
      await this.transport.sendMail({
        from: MAIL_FROM,
        to: claimed.to_address,
        subject: claimed.subject,
        text: claimed.body,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.emails.recordFailure(emailId, message.slice(0, 1000), MAX_ATTEMPTS);
      this.logger.warn(`Email ${emailId} not sent (attempt ${claimed.attempts}): ${message}`);
      throw error;
    }
    await this.emails.markSent(emailId);
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
