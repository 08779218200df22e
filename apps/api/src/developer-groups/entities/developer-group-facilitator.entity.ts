import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DeveloperGroup } from './developer-group.entity';
import { User } from '../../accounts/user.entity';

/** The `developer_group_facilitators` table: the staff accounts that run a group. */
@Index('ix_developer_group_facilitators_user', ['userId'])
@Entity('developer_group_facilitators')
export class DeveloperGroupFacilitator {
  @ForeignKey(() => DeveloperGroup, {
    name: 'developer_group_facilitators_group_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', { name: 'group_id', primaryKeyConstraintName: 'developer_group_facilitators_pkey' })
  groupId!: string;

  @ForeignKey(() => User, { name: 'developer_group_facilitators_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'developer_group_facilitators_pkey' })
  userId!: string;
}
