import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CohortGroup } from './cohort-group.entity';

/** The `cohort_group_coaches` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_cohort_group_coaches_user', ['userId'])
@Entity('cohort_group_coaches')
export class CohortGroupCoach {
  @ForeignKey(() => CohortGroup, { name: 'cohort_group_coaches_group_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'group_id', primaryKeyConstraintName: 'cohort_group_coaches_pkey' })
  groupId!: string;

  @ForeignKey(() => User, { name: 'cohort_group_coaches_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'cohort_group_coaches_pkey' })
  userId!: string;
}
