import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AssignmentStatus } from '@keino/contracts';
import { Cohort } from '../cohorts/cohort.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../accounts/user.entity';

/** The `assignment_submissions` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_assignment_submissions_status',
  `((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'revision_requested'::text, 'approved'::text])))`,
)
@Check('ck_assignment_submissions_version', `((version >= 0))`)
@Unique('uq_assignment_submissions_team', ['cohortId', 'organizationId', 'activityId'])
@Index('ix_assignment_submissions_editor', ['updatedBy'])
@Entity('assignment_submissions')
export class AssignmentSubmission {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_submissions_pkey' })
  id!: string;

  @ForeignKey(() => Cohort, { name: 'assignment_submissions_cohort_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @ForeignKey(() => Organization, { name: 'assignment_submissions_organization_id_fkey' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'activity_id' })
  activityId!: string;

  @Column('text', { default: 'draft' })
  status!: AssignmentStatus;

  @Column('text', { default: '' })
  body!: string;

  @Column('int', { default: 0 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @ForeignKey(() => User, { name: 'assignment_submissions_updated_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;
}
