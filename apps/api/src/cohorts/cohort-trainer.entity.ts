import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Cohort } from './cohort.entity';
import { User } from '../accounts/user.entity';

/** The `cohort_trainers` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_cohort_trainers_user', ['userId'])
@Entity('cohort_trainers')
export class CohortTrainer {
  @ForeignKey(() => Cohort, { name: 'cohort_trainers_cohort_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'cohort_id', primaryKeyConstraintName: 'cohort_trainers_pkey' })
  cohortId!: string;

  @ForeignKey(() => User, { name: 'cohort_trainers_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'cohort_trainers_pkey' })
  userId!: string;
}
