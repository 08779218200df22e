import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ManagementReviewOutcome } from '@keino/contracts';
import { User } from '../accounts/user.entity';
import { AssignmentSubmission } from './assignment-submission.entity';

/** The `assignment_management_reviews` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_assignment_management_reviews_outcome',
  `((outcome = ANY (ARRAY['endorsed'::text, 'changes_requested'::text, 'noted'::text])))`,
)
@Index('ix_assignment_management_reviews_recorder', ['recordedBy'])
@Entity('assignment_management_reviews')
export class AssignmentManagementReview {
  @ForeignKey(() => AssignmentSubmission, {
    name: 'assignment_management_reviews_submission_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', {
    name: 'submission_id',
    primaryKeyConstraintName: 'assignment_management_reviews_pkey',
  })
  submissionId!: string;

  @Column('date', { name: 'presented_on' })
  presentedOn!: string;

  @Column('text')
  outcome!: ManagementReviewOutcome;

  @Column('text', { nullable: true })
  note!: string | null;

  @ForeignKey(() => User, { name: 'assignment_management_reviews_recorded_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;
}
