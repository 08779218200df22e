import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AssignmentSubmission } from './assignment-submission.entity';
import { User } from '../accounts/user.entity';

/** The `assignment_versions` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_assignment_versions_version', `((version >= 1))`)
@Index('ix_assignment_versions_submitter', ['submittedBy'])
@Entity('assignment_versions')
export class AssignmentVersion {
  @ForeignKey(() => AssignmentSubmission, {
    name: 'assignment_versions_submission_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', { name: 'submission_id', primaryKeyConstraintName: 'assignment_versions_pkey' })
  submissionId!: string;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'assignment_versions_pkey' })
  version!: number;

  @Column('text')
  body!: string;

  @Column('jsonb', { default: () => "'[]'" })
  attachments!: unknown;

  @ForeignKey(() => User, { name: 'assignment_versions_submitted_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' })
  submittedAt!: Date;
}
