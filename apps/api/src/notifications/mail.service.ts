import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Tries per message before it is marked failed. */
export const MAX_ATTEMPTS = 5;
export const MAIL_FROM = 'KEINO Academy <no-reply@keino.example>';

interface ClaimedRow {
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Hands queued emails to the SMTP server of SMTP_URL. A sender first claims the row (status `queued`, not claimed in
 * the last ten minutes), so two instances or a retried job never send one message twice while it is being sent.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `sent`, `skipped` (not ours to send now) or an error thrown after recording it, so a queue retries. */
  async send(emailId: string): Promise<'sent' | 'skipped'> {
    if (!this.config.smtpUrl) return 'skipped';
    const [[claimed]] = (await this.db.query(
      `UPDATE email_messages SET claimed_at = now(), attempts = attempts + 1
       WHERE id = $1 AND status = 'queued' AND (claimed_at IS NULL OR claimed_at < now() - interval '10 minutes')
       RETURNING to_address, subject, body, attempts`,
      [emailId],
    )) as [ClaimedRow[], number];
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
      await this.db.query(
        `UPDATE email_messages
         SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END, claimed_at = NULL, error = $2
         WHERE id = $1`,
        [emailId, message.slice(0, 1000), MAX_ATTEMPTS],
      );
      this.logger.warn(`Email ${emailId} not sent (attempt ${claimed.attempts}): ${message}`);
      throw error;
    }
    await this.db.query(
      `UPDATE email_messages SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`,
      [emailId],
    );
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
