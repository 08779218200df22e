import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Organization } from '../organizations/organization.entity';
import { CohortGroup } from './cohort-group.entity';

/** The `cohort_group_placements` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_cohort_group_placements_period', `(((removed_at IS NULL) OR (removed_at >= placed_at)))`)
@Index('uq_cohort_group_placements_current', ['cohortId', 'organizationId'], {
  unique: true,
  where: `removed_at IS NULL`,
})
@Index('ix_cohort_group_placements_group', ['groupId'])
@Index('ix_cohort_group_placements_placer', ['placedBy'])
@Entity('cohort_group_placements')
export class CohortGroupPlacement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cohort_group_placements_pkey' })
  id!: string;

  @ForeignKey(() => CohortGroup, { name: 'cohort_group_placements_group_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @ForeignKey(() => Cohort, { name: 'cohort_group_placements_cohort_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @ForeignKey(() => Organization, {
    name: 'cohort_group_placements_organization_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('timestamptz', { name: 'placed_at', default: () => 'now()' })
  placedAt!: Date;

  @ForeignKey(() => User, { name: 'cohort_group_placements_placed_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'placed_by', nullable: true })
  placedBy!: string | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}
