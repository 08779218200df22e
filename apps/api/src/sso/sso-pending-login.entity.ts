import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { IdentityProvider } from './identity-provider.entity';

/** The `sso_pending_logins` table: a started sign-in's state (hashed), nonce and PKCE verifier, used once. */
@Unique('uq_sso_pending_logins_state', ['stateHash'])
@Index('ix_sso_pending_logins_provider', ['providerId'])
@Index('ix_sso_pending_logins_expires', ['expiresAt'])
@Entity('sso_pending_logins')
export class SsoPendingLogin {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sso_pending_logins_pkey' })
  id!: string;

  @Column('text', { name: 'state_hash' })
  stateHash!: string;

  @ForeignKey(() => IdentityProvider, { name: 'fk_sso_pending_logins_provider', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'provider_id' })
  providerId!: string;

  @Column('text', { name: 'browser_hash' })
  browserHash!: string;

  @Column('text')
  nonce!: string;

  @Column('text', { name: 'code_verifier' })
  codeVerifier!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
