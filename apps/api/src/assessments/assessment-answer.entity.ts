import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AssessmentPhase } from '@keino/contracts';
import { Enrollment } from '../enrollments/enrollment.entity';
import { MaturityDimension } from './maturity-dimension.entity';

/** The `assessment_answers` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_assessment_answers_level', `(((level >= 1) AND (level <= 5)))`)
@Check(
  'ck_assessment_answers_phase',
  `((phase = ANY (ARRAY['start'::text, 'end'::text, 'follow_up'::text])))`,
)
@Check('ck_assessment_answers_activity', `(((phase = 'follow_up'::text) = (activity_id IS NULL)))`)
@Index('ix_assessment_answers_dimension', ['dimensionId'])
@Entity('assessment_answers')
export class AssessmentAnswer {
  @ForeignKey(() => Enrollment, { name: 'assessment_answers_enrollment_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'enrollment_id', primaryKeyConstraintName: 'assessment_answers_pkey' })
  enrollmentId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'assessment_answers_pkey' })
  phase!: AssessmentPhase;

  @ForeignKey(() => MaturityDimension, { name: 'assessment_answers_dimension_id_fkey' })
  @PrimaryColumn('uuid', { name: 'dimension_id', primaryKeyConstraintName: 'assessment_answers_pkey' })
  dimensionId!: string;

  /** The assessment activity answered; null for the follow-up, which comes after the course. */
  @Column('uuid', { name: 'activity_id', nullable: true })
  activityId!: string | null;

  @Column('int')
  level!: number;

  @Column('timestamptz', { name: 'answered_at', default: () => 'now()' })
  answeredAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
