import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewDecision } from '@keino/contracts';
import { AssignmentSubmission } from './assignment-submission.entity';
import { User } from '../accounts/user.entity';

/** The `assignment_comments` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_assignment_comments_decision',
  `((decision = ANY (ARRAY['revision_requested'::text, 'approved'::text])))`,
)
@Index('ix_assignment_comments_author', ['authorId'])
@Index('ix_assignment_comments_submission', ['submissionId', 'createdAt'])
@Entity('assignment_comments')
export class AssignmentComment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_comments_pkey' })
  id!: string;

  @ForeignKey(() => AssignmentSubmission, {
    name: 'assignment_comments_submission_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'submission_id' })
  submissionId!: string;

  @ForeignKey(() => User, { name: 'assignment_comments_author_id_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('text')
  body!: string;

  @Column('text', { nullable: true })
  decision!: ReviewDecision | null;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
