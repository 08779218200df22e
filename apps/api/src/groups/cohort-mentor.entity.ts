import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Organization } from '../organizations/organization.entity';

/** The `cohort_mentors` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_cohort_mentors_mentor', ['mentorId'])
@Entity('cohort_mentors')
export class CohortMentor {
  @ForeignKey(() => Cohort, { name: 'cohort_mentors_cohort_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'cohort_id', primaryKeyConstraintName: 'cohort_mentors_pkey' })
  cohortId!: string;

  @ForeignKey(() => Organization, { name: 'cohort_mentors_organization_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'cohort_mentors_pkey' })
  organizationId!: string;

  @ForeignKey(() => User, { name: 'cohort_mentors_mentor_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'mentor_id' })
  mentorId!: string;

  @Column('timestamptz', { name: 'assigned_at', default: () => 'now()' })
  assignedAt!: Date;
}
