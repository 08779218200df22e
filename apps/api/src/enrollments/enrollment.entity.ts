import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EnrollmentStatus } from '@keino/contracts';
import { Cohort } from '../cohorts/cohort.entity';
import { User } from '../accounts/user.entity';

/** The `enrollments` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_enrollments_status',
  `((status = ANY (ARRAY['pending'::text, 'active'::text, 'waitlisted'::text, 'withdrawn'::text, 'completed'::text])))`,
)
@Unique('uq_enrollments_cohort_user', ['cohortId', 'userId'])
@Index('ix_enrollments_user', ['userId'])
@Index('ix_enrollments_waitlist', ['cohortId', 'queuedAt'], { where: `status = 'waitlisted'::text` })
@Entity('enrollments')
export class Enrollment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'enrollments_pkey' })
  id!: string;

  @ForeignKey(() => Cohort, { name: 'enrollments_cohort_id_fkey' })
  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @ForeignKey(() => User, { name: 'enrollments_user_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  status!: EnrollmentStatus;

  @ForeignKey(() => User, { name: 'enrollments_enrolled_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'enrolled_by', nullable: true })
  enrolledBy!: string | null;

  @Column('int', { name: 'completed_required', default: 0 })
  completedRequired!: number;

  @Column('int', { name: 'completed_days', array: true, default: () => "'{NULL}'" })
  completedDays!: (number | null)[];

  @Column('int', { name: 'module_completed', array: true, default: () => "'{NULL}'" })
  moduleCompleted!: (number | null)[];

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { name: 'queued_at', default: () => 'clock_timestamp()' })
  queuedAt!: Date;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
