import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { User } from '../accounts/user.entity';

/** The `sso_identities` table: a person's identity at a provider (issuer, subject), bound to one account. */
@Unique('uq_sso_identities_subject', ['issuer', 'subject'])
@Index('ix_sso_identities_user', ['userId'])
@Entity('sso_identities')
export class SsoIdentity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sso_identities_pkey' })
  id!: string;

  @Column('text')
  issuer!: string;

  @Column('text')
  subject!: string;

  @ForeignKey(() => User, { name: 'fk_sso_identities_user', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_used_at', default: () => 'now()' })
  lastUsedAt!: Date;
}
