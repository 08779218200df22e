import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';

/** The `cohort_groups` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_cohort_groups_cohort', ['cohortId'])
@Entity('cohort_groups')
export class CohortGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cohort_groups_pkey' })
  id!: string;

  @ForeignKey(() => Cohort, { name: 'cohort_groups_cohort_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @Column('text')
  name!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
