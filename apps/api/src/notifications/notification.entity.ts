import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationKind } from '@keino/contracts';
import { User } from '../accounts/user.entity';

/** The `notifications` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_notifications_kind',
  `((kind = ANY (ARRAY['enrollment_approved'::text, 'enrollment_waitlisted'::text, 'enrollment_promoted'::text, 'module_released'::text, 'workshop_tomorrow'::text, 'revision_requested'::text, 'assignment_approved'::text, 'cohort_ending'::text, 'membership_requested'::text, 'thread_reply'::text, 'application_decided'::text, 'follow_up_open'::text])))`,
)
@Unique('uq_notifications_dedupe_key', ['dedupeKey'])
@Index('ix_notifications_unread', ['userId'], { where: `read_at IS NULL` })
// Defined by its migration, beyond what TypeORM expresses: CREATE INDEX ix_notifications_user ON notifications USING btree (user_id, created_at DESC)
@Index('ix_notifications_user', { synchronize: false })
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notifications_pkey' })
  id!: string;

  @ForeignKey(() => User, { name: 'notifications_user_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('jsonb')
  payload!: unknown;

  @Column('text', { name: 'dedupe_key' })
  dedupeKey!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
