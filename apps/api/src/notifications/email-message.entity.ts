import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EmailStatus } from '@keino/contracts';
import { Notification } from './notification.entity';
import { User } from '../accounts/user.entity';

/** The `email_messages` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_email_messages_status',
  `((status = ANY (ARRAY['outbox'::text, 'queued'::text, 'sent'::text, 'failed'::text])))`,
)
// Defined by its migration, beyond what TypeORM expresses: CREATE INDEX ix_email_messages_created ON email_messages USING btree (created_at DESC)
@Index('ix_email_messages_created', { synchronize: false })
@Index('ix_email_messages_notification', ['notificationId'])
// Defined by its migration, beyond what TypeORM expresses: CREATE INDEX ix_email_messages_status ON email_messages USING btree (status, created_at DESC)
@Index('ix_email_messages_status', { synchronize: false })
@Index('ix_email_messages_user', ['userId'])
@Entity('email_messages')
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'email_messages_pkey' })
  id!: string;

  @ForeignKey(() => Notification, { name: 'email_messages_notification_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'notification_id', nullable: true })
  notificationId!: string | null;

  @ForeignKey(() => User, { name: 'email_messages_user_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('text', { name: 'to_address' })
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column('text')
  status!: EmailStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
