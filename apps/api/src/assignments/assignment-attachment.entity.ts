import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AssignmentSubmission } from './assignment-submission.entity';
import { User } from '../accounts/user.entity';

/** The `assignment_attachments` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_assignment_attachments_size', `((size_bytes > 0))`)
@Index('ix_assignment_attachments_submission', ['submissionId', 'createdAt'])
@Index('ix_assignment_attachments_uploader', ['uploadedBy'])
@Entity('assignment_attachments')
export class AssignmentAttachment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'assignment_attachments_pkey' })
  id!: string;

  @ForeignKey(() => AssignmentSubmission, {
    name: 'assignment_attachments_submission_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'submission_id' })
  submissionId!: string;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  @ForeignKey(() => User, { name: 'assignment_attachments_uploaded_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}
