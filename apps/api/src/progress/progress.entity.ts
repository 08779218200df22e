import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ProgressState } from '@keino/contracts';
import { Enrollment } from '../enrollments/enrollment.entity';

/** The `progress` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_progress_state', `((state = ANY (ARRAY['in_progress'::text, 'completed'::text])))`)
@Entity('progress')
export class Progress {
  @ForeignKey(() => Enrollment, { name: 'progress_enrollment_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'enrollment_id', primaryKeyConstraintName: 'progress_pkey' })
  enrollmentId!: string;

  @PrimaryColumn('uuid', { name: 'activity_id', primaryKeyConstraintName: 'progress_pkey' })
  activityId!: string;

  @Column('text')
  state!: ProgressState;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
