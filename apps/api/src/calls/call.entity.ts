import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CallCriterion } from '@keino/contracts';

import { User } from '../accounts/user.entity';
import { Cohort } from '../cohorts/cohort.entity';

/** The `calls` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Check('ck_calls_max_organizations', `((max_organizations >= 1))`)
@Check('ck_calls_window', `((closes_at > opens_at))`)
@Index('ix_calls_window', ['opensAt', 'closesAt'])
@Index('ix_calls_cohort', ['cohortId'])
@Entity('calls')
export class Call {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calls_pkey' })
  id!: string;

  @ForeignKey(() => Cohort, { name: 'fk_calls_cohort', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @Column('text')
  title!: string;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt!: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt!: Date;

  @Column('integer', { name: 'max_organizations' })
  maxOrganizations!: number;

  @Column('jsonb')
  criteria!: CallCriterion[];

  @ForeignKey(() => User, { name: 'fk_calls_created_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
