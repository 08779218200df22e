import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  VirtualColumn,
} from 'typeorm';
import type { Locale, Role } from '@keino/contracts';

import { Organization } from '../organizations/organization.entity';

/** The `users` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_users_locale', `((locale = ANY (ARRAY['fi'::text, 'sv'::text, 'en'::text])))`)
@Index('ix_users_organization', ['organizationId'])
// Defined by its migration, beyond what TypeORM expresses: CREATE UNIQUE INDEX uq_users_email ON users (lower(email))
@Index('uq_users_email', { synchronize: false })
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text', { default: 'fi' })
  locale!: Locale;

  @Column('text', { array: true, default: () => "'{participant}'" })
  roles!: Role[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ForeignKey(() => Organization, { name: 'fk_users_organization' })
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  /** The regions a change agent follows. */
  @Column('text', { array: true, default: () => "'{}'" })
  regions!: string[];

  /**
   * Carried by every access token; raised when the person's tokens must stop working at once (erasure, a role change,
   * sessions ended). Not selected: only the sessions repository reads and raises it.
   */
  @Column('integer', { name: 'token_version', default: 0, select: false })
  tokenVersion!: number;

  /** Set when an admin erased the person: the row stays, anonymised, for statistics. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  /** When the person proved the address (a link they were mailed, an invitation, their organisation's sign-in). */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  /** The organisation a membership request of theirs waits on; read with every row, never written through it. */
  @VirtualColumn({
    type: 'uuid',
    query: (alias) =>
      `SELECT r.organization_id FROM membership_requests r WHERE r.user_id = ${alias}.id AND r.status = 'pending'`,
  })
  pendingOrganizationId!: string | null;
}
