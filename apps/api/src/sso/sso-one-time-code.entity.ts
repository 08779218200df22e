import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { User } from '../accounts/user.entity';

/** The `sso_one_time_codes` table: what the callback's redirect carries instead of tokens, hashed, used once. */
@Check('ck_sso_one_time_codes_purpose', `((purpose = ANY (ARRAY['session'::text, 'link'::text])))`)
@Check(
  'ck_sso_one_time_codes_link',
  `(((purpose = 'session'::text) OR ((issuer IS NOT NULL) AND (subject IS NOT NULL))))`,
)
@Unique('uq_sso_one_time_codes_code', ['codeHash'])
@Index('ix_sso_one_time_codes_user', ['userId'])
@Index('ix_sso_one_time_codes_expires', ['expiresAt'])
@Entity('sso_one_time_codes')
export class SsoOneTimeCode {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sso_one_time_codes_pkey' })
  id!: string;

  @Column('text', { name: 'code_hash' })
  codeHash!: string;

  /** The browser that finished the sign-in (its `keino_sso` cookie, hashed): only it may use the code. */
  @Column('text', { name: 'browser_hash' })
  browserHash!: string;

  @Column('text')
  purpose!: 'session' | 'link';

  @ForeignKey(() => User, { name: 'fk_sso_one_time_codes_user', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { nullable: true })
  issuer!: string | null;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
