import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DeveloperGroup } from './developer-group.entity';
import { Organization } from '../../organizations/organization.entity';

/** The `developer_group_members` table: the organisations that take part in a group. */
@Index('ix_developer_group_members_organization', ['organizationId'])
@Entity('developer_group_members')
export class DeveloperGroupMember {
  @ForeignKey(() => DeveloperGroup, { name: 'developer_group_members_group_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'group_id', primaryKeyConstraintName: 'developer_group_members_pkey' })
  groupId!: string;

  @ForeignKey(() => Organization, {
    name: 'developer_group_members_organization_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', {
    name: 'organization_id',
    primaryKeyConstraintName: 'developer_group_members_pkey',
  })
  organizationId!: string;

  @Column('timestamptz', { name: 'joined_at', default: () => 'now()' })
  joinedAt!: Date;
}
