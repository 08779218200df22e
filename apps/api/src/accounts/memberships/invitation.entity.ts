import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Organization } from '../../organizations/organization.entity';
import { User } from '../user.entity';

/** The `invitations` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Unique('uq_invitations_token', ['tokenHash'])
// Defined by its migration, beyond what TypeORM expresses: CREATE UNIQUE INDEX uq_invitations_open ON invitations (organization_id, lower(email)) WHERE accepted_at IS NULL AND revoked_at IS NULL
@Index('uq_invitations_open', { synchronize: false })
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitations_pkey' })
  id!: string;

  @ForeignKey(() => Organization, { name: 'fk_invitations_organization', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @ForeignKey(() => User, { name: 'fk_invitations_invited_by', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'invited_by' })
  invitedBy!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @ForeignKey(() => User, { name: 'fk_invitations_accepted_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'accepted_by', nullable: true })
  acceptedBy!: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
