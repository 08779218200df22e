import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JoinRequestStatus } from '@keino/contracts';
import { DeveloperGroup } from './developer-group.entity';
import { Organization } from '../../organizations/organization.entity';
import { User } from '../../accounts/user.entity';

/** The `developer_group_join_requests` table: a coordinator's request that their organisation join a group. */
@Check(
  'ck_developer_group_join_requests_status',
  `((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text])))`,
)
@Index('uq_developer_group_join_requests_pending', ['groupId', 'organizationId'], {
  unique: true,
  where: `status = 'pending'::text`,
})
@Entity('developer_group_join_requests')
export class DeveloperGroupJoinRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'developer_group_join_requests_pkey' })
  id!: string;

  @ForeignKey(() => DeveloperGroup, {
    name: 'developer_group_join_requests_group_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @ForeignKey(() => Organization, {
    name: 'developer_group_join_requests_organization_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @ForeignKey(() => User, { name: 'developer_group_join_requests_requested_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy!: string | null;

  @Column('text', { nullable: true })
  message!: string | null;

  @Column('text', { default: 'pending' })
  status!: JoinRequestStatus;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @ForeignKey(() => User, { name: 'developer_group_join_requests_decided_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;
}
