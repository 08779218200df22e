import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { User } from './user.entity';

export type EmailLinkPurpose = 'verify_email' | 'reset_password';

/** The `email_links` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_email_links_purpose', `((purpose = ANY (ARRAY['verify_email'::text, 'reset_password'::text])))`)
@Unique('uq_email_links_token', ['tokenHash'])
@Index('ix_email_links_user', ['userId', 'purpose'])
@Entity('email_links')
export class EmailLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'email_links_pkey' })
  id!: string;

  @ForeignKey(() => User, { name: 'fk_email_links_user', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  purpose!: EmailLinkPurpose;

  /** SHA-256 of the token, hex; the token itself is only ever in the email. */
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
