import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRequestStatus } from '@keino/contracts';

import { Organization } from '../../organizations/organization.entity';
import { User } from '../user.entity';

/** The `membership_requests` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_membership_requests_status',
  `((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text])))`,
)
@Index('uq_membership_requests_pending', ['userId'], { unique: true, where: `status = 'pending'::text` })
@Index('ix_membership_requests_organization', ['organizationId', 'status'])
@Entity('membership_requests')
export class MembershipRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'membership_requests_pkey' })
  id!: string;

  @ForeignKey(() => User, { name: 'fk_membership_requests_user', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ForeignKey(() => Organization, { name: 'fk_membership_requests_organization', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { default: 'pending' })
  status!: MembershipRequestStatus;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @ForeignKey(() => User, { name: 'fk_membership_requests_decided_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;
}
